# bytes patterns on bytes and bytearray subjects.
import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nContent-Length: 42\r\n\r\n"
lines = re.split(rb"\r\n", data)
print(lines)
headers = dict(re.findall(rb"^([\w-]+): (.*)$", data, re.M))
print(headers)
m = re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)", data)
print(m, m.groupdict(), m.span("path"))
print(re.sub(rb"\d+", lambda m: str(int(m.group()) * 2).encode(), b"a1b22c333"))
print(re.sub(rb"(\w+)=(\w+)", rb"\2=\1", b"k=v x=y"), re.subn(b"a", b"", b"banana"))
print(re.findall(rb"\w+", b"caf\xc3\xa9 na\xefve"), re.findall(rb"(?i)CAF", b"cafe"))
print(re.search(b"b+", bytearray(b"abbbc")), re.findall(b"b", bytearray(b"abcb")))
print(re.escape(b"1+1"), re.compile(rb"\d", re.I), re.split(rb"(,)", b"a,b"))
print(re.fullmatch(rb"[\x00-\x7f]*", b"ascii only"), re.fullmatch(rb"[\x00-\x7f]*", b"\xff"))
