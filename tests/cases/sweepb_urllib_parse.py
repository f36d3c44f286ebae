from urllib.parse import urlparse, urlunparse, urljoin, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, unquote_plus, urlsplit, urldefrag
import urllib.parse
u = urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.query, u.fragment, u.geturl())
print(urlunparse(("http", "host", "/p", "", "a=1", "")), urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/", "x?y"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("k", ["v1", "v2"])], doseq=True))
print(parse_qs("a=1&a=2&b=3"), parse_qsl("x=1&y=&z=3", keep_blank_values=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), unquote("a%20b%C3%A9"), quote_plus("a b&c"), unquote_plus("a+b%26c"))
print(urlsplit("http://[::1]:80/x"), urldefrag("http://a/b#c"), urllib.parse.urlsplit("mailto:x@y.z"))
try:
    urlparse("http://[1.2.3.4]/")
except ValueError as e:
    print("ValueError", e)
print(u._replace(scheme="http").geturl(), urllib.parse.quote_from_bytes(b"\xff a"))
