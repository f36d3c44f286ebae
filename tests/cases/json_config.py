# A configuration-merging program: defaults, user overrides from JSON
# text, validation messages and pretty-printed output.
import json

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 4},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False, "max_upload_mb": 10.5},
}

USER = """
{
  "server": {"port": 9090, "tls": {"cert": "/etc/cert.pem", "key": null}},
  "logging": {"handlers": ["console", "file"], "file": "app.log"},
  "features": {"beta": true},
  "motd": "Welcome \\u2014 have fun!"
}
"""


def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


config = merge(DEFAULTS, json.loads(USER))
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config["server"], separators=(",", ":")))
print(config["motd"], json.dumps(config["motd"]), json.dumps(config["motd"], ensure_ascii=False))

problems = []
if not 0 < config["server"]["port"] < 65536:
    problems.append("bad port")
if config["server"]["tls"]["key"] is None:
    problems.append("tls key missing")
print(problems)

for text in ['{"server": {"port": 80,}}', '{"server" {}}', "[1, 2", '{"a": tru}']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(f"config error at line {e.lineno} col {e.colno}: {e.msg}")

lines = [json.dumps({"event": name, "n": i, "ok": i % 2 == 0}) for i, name in enumerate(["start", "load", "run", "stop"])]
print("\n".join(lines))
events = [json.loads(line) for line in lines]
print(sum(e["n"] for e in events if e["ok"]), [e["event"] for e in events])
