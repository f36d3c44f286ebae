import json
from collections import ChainMap
import os

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "workers": 2, "log": {"level": "info"}}
file_cfg = json.loads('{"port": 9000, "log": {"level": "warning", "file": "app.log"}}')
env = {"APP_DEBUG": "true", "APP_WORKERS": "8", "OTHER": "x"}
env_cfg = {}
for k, v in env.items():
    if k.startswith("APP_"):
        key = k[4:].lower()
        if v.lower() in ("true", "false"):
            v = v.lower() == "true"
        elif v.isdigit():
            v = int(v)
        env_cfg[key] = v
cli = {"host": "0.0.0.0"}
cfg = ChainMap(cli, env_cfg, file_cfg, DEFAULTS)
for key in ["host", "port", "debug", "workers", "log"]:
    src = next(i for i, m in enumerate(cfg.maps) if key in m)
    print(f"{key:8} = {cfg[key]!r:<40} (from layer {src})")


def deep_merge(*dicts):
    out = {}
    for d in dicts:
        for k, v in d.items():
            if isinstance(v, dict) and isinstance(out.get(k), dict):
                out[k] = deep_merge(out[k], v)
            else:
                out[k] = v
    return out


merged = deep_merge(DEFAULTS, file_cfg, env_cfg, cli)
print(json.dumps(merged, sort_keys=True))
print(sorted(cfg.keys()), len(cfg), "debug" in cfg, cfg.get("missing", "-"))
local = cfg.new_child({"port": 1})
local["extra"] = True
print(local["port"], cfg["port"], local.maps[0], dict(local.parents)["port"])
del local["port"]
print(local["port"])
try:
    del local["host"]
except KeyError as e:
    print("KeyError:", e)
print(os.path.join("/etc", merged["log"]["file"]), repr(ChainMap({"a": 1}, {"b": 2})))
