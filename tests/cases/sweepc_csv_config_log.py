import csv
import io
import configparser
import logging

src = 'name,age,city\nann,31,"New York, NY"\nbob,27,Boston\n"o\'neil",45,"Quote ""Q"""\n'
rows = list(csv.reader(io.StringIO(src)))
print(rows)
for rec in csv.DictReader(io.StringIO(src)):
    print(dict(rec))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
w.writerow(["a", "b,c", 'd"e', 3, None, 1.5])
w.writerows([[1, 2], ["x\ny", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["k", "v"], lineterminator="\n")
dw.writeheader()
dw.writerow({"k": "x", "v": 1})
print(out.getvalue(), end="")
print(list(csv.reader(["a;b;c"], delimiter=";")))
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
timeout = 30
[server]
host = example.com
port = 8080
debug = yes
[client]
retries = 3
""")
print(cfg.sections(), cfg["server"]["host"], cfg.getint("server", "port"), cfg.getboolean("server", "debug"))
print(cfg["client"]["timeout"], cfg.get("client", "missing", fallback="n/a"), dict(cfg["client"]), "server" in cfg)
buf = io.StringIO()
cfg.write(buf)
print(buf.getvalue().strip().splitlines()[:4])
stream = io.StringIO()
logger = logging.getLogger("app")
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
logger.addHandler(h)
logger.setLevel(logging.INFO)
logger.debug("hidden")
logger.info("started %s with %d workers", "svc", 4)
logger.warning("disk at %.1f%%", 93.456)
child = logging.getLogger("app.db")
child.error("connection lost")
try:
    1 / 0
except ZeroDivisionError:
    logger.exception("math failed")
print(stream.getvalue().splitlines()[:5])
print(logging.getLevelName(logging.WARNING), logger.isEnabledFor(logging.DEBUG), child.getEffectiveLevel())
