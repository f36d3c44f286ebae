import config
import logger
from config import settings, set_option
from config import *

set_option("debug", True)
set_option("level", 3)
print(settings, config.settings is settings, logger.log)
print(config.counter, counter)
config.counter = 50
from config import counter as c2
print(c2, counter)
print("_private" in dir(config), "_private" in globals(), "on_change" in globals())
print(sorted(k for k in vars(config) if not k.startswith("__")))
print(config.__name__, logger.config is config)
def local_import():
    import logger as lg
    from config import settings as s
    return lg.log[-1], s["level"]
print(local_import())
