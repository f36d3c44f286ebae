# A text adventure driven by a fixed list of commands
class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}
    def connect(self, direction, room, back, locked_by=None):
        self.exits[direction] = room
        room.exits[back] = self
        if locked_by:
            self.locked[direction] = locked_by

class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0

class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty entrance hall.")
        library = Room("Library", "Shelves full of old books.")
        kitchen = Room("Kitchen", "It smells of old bread.")
        vault = Room("Vault", "Gold glitters everywhere!")
        garden = Room("Garden", "Overgrown roses.")
        hall.connect("north", library, "south")
        hall.connect("east", kitchen, "west")
        library.connect("east", vault, "west", locked_by="key")
        kitchen.connect("north", garden, "south")
        kitchen.items += ["knife", "bread"]
        garden.items.append("key")
        library.items.append("book")
        vault.items.append("gold")
        self.player = Player(hall)
        self.over = False

    def do(self, line):
        p = self.player
        words = line.lower().split()
        match words:
            case ["look"] | ["l"]:
                items = ", ".join(p.room.items) or "nothing"
                exits = ", ".join(sorted(p.room.exits))
                return f"{p.room.name}: {p.room.description} You see: {items}. Exits: {exits}."
            case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
                if direction not in p.room.exits:
                    return "You can't go that way."
                need = p.room.locked.get(direction)
                if need and need not in p.inventory:
                    return f"The way {direction} is locked."
                p.room = p.room.exits[direction]
                p.moves += 1
                return f"You walk {direction} to the {p.room.name}."
            case ["take", item] | ["get", item]:
                if item not in p.room.items:
                    return f"There is no {item} here."
                p.room.items.remove(item)
                p.inventory.append(item)
                p.score += 10 if item != "gold" else 100
                return f"Taken: {item}."
            case ["drop", item]:
                if item not in p.inventory:
                    return f"You don't have a {item}."
                p.inventory.remove(item)
                p.room.items.append(item)
                return f"Dropped: {item}."
            case ["eat", "bread"] if "bread" in p.inventory:
                p.inventory.remove("bread")
                p.score += 5
                return "Delicious."
            case ["inventory"] | ["i"]:
                return "You carry: " + (", ".join(sorted(p.inventory)) or "nothing") + "."
            case ["quit"]:
                self.over = True
                return f"Final score {p.score} in {p.moves} moves."
            case []:
                return "Say something."
            case _:
                return f"I don't understand {line!r}."

game = Game()
commands = ["look", "north", "look", "take book", "east", "south", "go east", "look", "take knife",
            "take bread", "eat bread", "eat bread", "north", "get key", "i", "south", "west", "north",
            "drop book", "look", "east", "take gold", "dance", "", "go up", "i", "quit", "look"]
for cmd in commands:
    if game.over:
        print(f"> {cmd}\n(game over)")
        break
    print(f"> {cmd}")
    print(game.do(cmd))
