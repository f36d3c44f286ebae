# Uncaught exception with an explicit cause: "The above exception was the direct cause..."
class ConfigError(Exception):
    pass

def parse_timeout(raw):
    try:
        value = float(raw)
    except ValueError as e:
        raise ConfigError(f"invalid timeout {raw!r}") from e
    if value <= 0:
        raise ConfigError("timeout must be positive")
    return value

for raw in ["1.5", "30", "0.25"]:
    print(raw, "->", parse_timeout(raw))
print("now a bad value")
parse_timeout("fast")
