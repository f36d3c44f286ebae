_PLUGINS = {}
load_order = []

def plugin(name):
    def register(fn):
        if name in _PLUGINS:
            raise ValueError(f"duplicate plugin {name!r}")
        _PLUGINS[name] = fn
        load_order.append(f"{fn.__module__}.{fn.__name__}")
        return fn
    return register

def run(name, *args):
    return _PLUGINS[name](*args)

def names():
    return sorted(_PLUGINS)
