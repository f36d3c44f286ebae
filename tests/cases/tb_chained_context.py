# Uncaught exception raised while handling another: "During handling of the above exception..."
def load_config(text):
    settings = {}
    for line in text.splitlines():
        key, value = line.split("=")
        settings[key.strip()] = value.strip()
    return settings

def get_port(settings):
    try:
        return int(settings["port"])
    except KeyError:
        print("port missing, falling back to settings['default_port']")
        return int(settings["default_port"])

cfg = load_config("host = example.org\nmode = fast")
print("loaded", sorted(cfg.items()))
print("port is", get_port(cfg))
