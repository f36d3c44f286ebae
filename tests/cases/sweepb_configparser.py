import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
path = /home/%(user)s/dir
user = bob
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp["bitbucket.org"]["User"], cp["bitbucket.org"]["compression"], cp.getint("topsecret.server.com", "port"))
print(cp.getboolean("topsecret.server.com", "ForwardX11"), cp.get("topsecret.server.com", "path"))
print(dict(cp["topsecret.server.com"]), "bitbucket.org" in cp, cp.has_option("bitbucket.org", "user"))
cp["new"] = {"a": "1", "b": "two"}
cp.set("new", "c", "3")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
print(cp.get("new", "missing", fallback="fb"), cp.getfloat("new", "a"))
try:
    cp.get("nosection", "x")
except configparser.NoSectionError as e:
    print("NoSectionError", e)
try:
    cp.get("new", "zzz")
except configparser.NoOptionError as e:
    print("NoOptionError", e)
try:
    cp.read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("Dup", e)
raw = configparser.RawConfigParser()
raw.read_string("[s]\nk = %(v)s\n")
print(raw.get("s", "k"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\n[b]\ny = ${a:x}-2\n")
print(ext["b"]["y"], list(ext["b"].keys()), cp.options("bitbucket.org"))
cp.remove_option("new", "c"); cp.remove_section("bitbucket.org"); print(cp.sections(), list(cp["new"].items()))
