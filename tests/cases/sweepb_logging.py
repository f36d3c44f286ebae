import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "x")
log.warning("warn")
log.error("error %r", [1, 2])
log.critical("crit")
logging.info("root info")
child = logging.getLogger("app.sub")
print(child.parent is log, child.getEffectiveLevel(), log.name, child.name)
log.setLevel(logging.WARNING)
child.info("hidden")
child.warning("shown")
print(logging.getLevelName(logging.INFO), logging.getLevelName(35), logging.getLevelName("ERROR"))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname}] {name}: {message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.setLevel(logging.INFO)
other.info("brace style")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.endswith("odd")
other.addFilter(OnlyOdd())
other.info("even")
other.info("odd")
try:
    1 / 0
except ZeroDivisionError:
    other.exception("failed")
adapter = logging.LoggerAdapter(other, {"k": 1})
adapter.warning("via adapter odd")
print(repr(log), repr(logging.getLogger()))
logging.disable(logging.ERROR)
log.error("disabled")
logging.disable(logging.NOTSET)
log.error("enabled again")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
logging.addLevelName(25, "NOTICE")
log.setLevel(1)
log.log(25, "notice msg")
fmt = logging.Formatter("%(name)-8s|%(levelno)3d|%(message)s")
rec = logging.LogRecord("n", logging.INFO, "f.py", 3, "hello %s", ("w",), None)
print(fmt.format(rec), rec.getMessage())
print(log.isEnabledFor(logging.DEBUG), log.hasHandlers())
