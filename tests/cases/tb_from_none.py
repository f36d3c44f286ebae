# Uncaught exception raised `from None` (context suppressed)
class MissingSetting(Exception):
    pass

SETTINGS = {"name": "demo", "level": "3"}

def setting(key):
    try:
        return SETTINGS[key]
    except KeyError:
        raise MissingSetting(f"setting {key!r} is not defined") from None

print(setting("name"), setting("level"))
print(setting("color"))
