# module attributes modified by one importer are visible to the others
import config
import worker
from config import LEVEL

print(worker.status())
config.DEBUG = True
config.settings["theme"] = "dark"
print(worker.status())
print(config.describe())
print(worker.bump_level(), worker.bump_level(), config.LEVEL, "copied LEVEL still", LEVEL)
config.DEBUG = False
config.enable_debug()
print(config.describe())
config.settings = {"theme": "replaced dict"}
print(worker.status())
print(config.describe())
config.new_attribute = "added from main"
print(worker.config.new_attribute)
