# pyaot: full-stderr
import json


class Repo:
    def __init__(self):
        self.data = {"users": [{"id": 1, "name": "ann"}]}

    def find(self, uid):
        for u in self.data["users"]:
            if u["id"] == uid:
                return u
        raise LookupError(f"user {uid} not found")

    def rename(self, uid, name):
        user = self.find(uid)
        user["name"] = name.strip().title()
        return user


def handler(repo, payload):
    req = json.loads(payload)
    try:
        return repo.rename(req["id"], req["name"])
    except LookupError as e:
        raise KeyError(req["id"]) from e


repo = Repo()
print(handler(repo, '{"id": 1, "name": "  bob smith "}'))
try:
    handler(repo, '{"id": 2, "name": "x"}')
except KeyError as e:
    print("KeyError", e, "cause:", e.__cause__)
print(handler(repo, '{"id": 1, "name": null}'))
