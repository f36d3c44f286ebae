import config

log = []

@config.on_change
def record(key, value):
    log.append(f"{key}={value}")
