# pyaot: full-stderr
import logging
logging.warning("no config %s", 5)
logging.info("not shown")
log = logging.getLogger(__name__)
log.error("module logger")
def f():
    try:
        {}["k"]
    except KeyError:
        log.exception("lookup failed")
f()
print("stdout line")
logging.basicConfig(level=logging.INFO)
logging.info("after basicConfig")
