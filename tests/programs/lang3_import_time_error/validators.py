class ConfigError(ValueError):
    pass


def port(s):
    p = int(s)
    if not 0 < p < 65536:
        raise ConfigError(f"port out of range: {p}")
    return p


def host(s):
    if not s:
        raise ConfigError("empty host")
    return s
