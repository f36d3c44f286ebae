# Class-level counters and registries: instance ids, per-subclass counts, weak-free tracking by name
class Entity:
    _next_id = 1
    count = 0
    instances = {}
    def __init__(self, name):
        self.id = Entity._next_id
        Entity._next_id += 1
        type(self).count += 1          # per-class counter via type(self)
        Entity.instances[self.id] = self
        self.name = name
    @classmethod
    def total(cls):
        return sum(1 for e in Entity.instances.values() if isinstance(e, cls))
    def destroy(self):
        del Entity.instances[self.id]
        type(self).count -= 1
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.name})"

class Player(Entity):
    count = 0
class Monster(Entity):
    count = 0
class Boss(Monster):
    count = 0

things = [Player("hero"), Monster("orc"), Monster("troll"), Boss("dragon"), Player("sidekick"), Entity("rock")]
print(things)
print("counts:", Entity.count, Player.count, Monster.count, Boss.count)
print("totals:", Entity.total(), Player.total(), Monster.total(), Boss.total())
things[2].destroy()
things[3].destroy()
print("after destroy:", sorted(Entity.instances), Monster.count, Boss.count, Monster.total())
print([e.name for e in Entity.instances.values() if isinstance(e, Monster)])
print(Entity._next_id, "next id;", "Boss" in {type(e).__name__ for e in Entity.instances.values()})

class AutoName:
    _counters = {}
    def __init__(self):
        cls = type(self).__name__
        AutoName._counters[cls] = AutoName._counters.get(cls, 0) + 1
        self.label = f"{cls.lower()}-{AutoName._counters[cls]}"
class Button(AutoName): pass
class Label(AutoName): pass
widgets = [Button(), Label(), Button(), Button(), Label()]
print([w.label for w in widgets], AutoName._counters)
