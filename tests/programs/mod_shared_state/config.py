DEBUG = False
LEVEL = 1
settings = {"theme": "light"}

def describe():
    return f"DEBUG={DEBUG} LEVEL={LEVEL} theme={settings['theme']}"

def enable_debug():
    global DEBUG
    DEBUG = True
