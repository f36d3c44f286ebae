settings = {"debug": False}
_listeners = []
counter = 0

def on_change(fn):
    _listeners.append(fn)
    return fn

def set_option(key, value):
    global counter
    counter += 1
    settings[key] = value
    for fn in _listeners:
        fn(key, value)

def _private():
    return "hidden"
