import config
from config import DEBUG, settings   # DEBUG is copied now; settings is the same dict object

def status():
    return f"worker sees config.DEBUG={config.DEBUG}, copied DEBUG={DEBUG}, theme={settings['theme']}"

def bump_level():
    config.LEVEL += 1
    return config.LEVEL
