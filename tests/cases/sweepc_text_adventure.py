ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, line):
        verb, _, arg = line.strip().partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)

    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. You see: {items}."

    def cmd_go(self, d):
        target = ROOMS[self.room]["exits"].get(d)
        if not target:
            return "You can't go that way."
        if ROOMS[target].get("locked") and "key" not in self.inventory:
            return "The door is locked."
        self.room = target
        return f"You go {d} to the {target}."

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def cmd_inv(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


g = Game()
script = ["look", "take lamp", "take sword", "go east", "go down", "go west", "go north", "take key",
          "look", "go south", "go east", "go down", "take wine", "inv", "dance", "go up"]
for cmd in script:
    print(f"> {cmd}\n{g.do(cmd)}")
print(f"moves={g.moves} room={g.room}")
