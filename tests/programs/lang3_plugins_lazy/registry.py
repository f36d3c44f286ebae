_plugins = {}
loaded = []


def plugin(name):
    def deco(cls):
        _plugins[name] = cls
        return cls
    return deco


def get(name):
    if name not in _plugins:
        load(name)
    return _plugins[name]()


def load(name):
    loaded.append(name)
    if name == "upper":
        import plug_upper
    elif name == "rev":
        from plug_rev import Reverse
    else:
        raise KeyError(f"no plugin {name!r}")
