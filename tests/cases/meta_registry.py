# Metaclass __new__ building a registry of classes
class RegistryMeta(type):
    registry = {}
    def __new__(mcls, name, bases, namespace):
        print(f"  RegistryMeta.__new__({name}, bases={[b.__name__ for b in bases]}, "
              f"keys={sorted(k for k in namespace if not k.startswith('__'))})")
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:  # skip the abstract root
            mcls.registry[name.lower()] = cls
        return cls

class Command(metaclass=RegistryMeta):
    def run(self, *args):
        raise NotImplementedError

class Echo(Command):
    def run(self, *args):
        return " ".join(args)

class Add(Command):
    def run(self, *args):
        return str(sum(int(a) for a in args))

class Reverse(Echo):
    def run(self, *args):
        return super().run(*args)[::-1]

print(sorted(RegistryMeta.registry))
for line in ["echo hello world", "add 1 2 3 4", "reverse abc def", "nope x"]:
    name, *args = line.split()
    cls = RegistryMeta.registry.get(name)
    if cls is None:
        print(f"{name}: unknown command")
    else:
        print(f"{name}: {cls().run(*args)}")
print(type(Echo).__name__, type(Command) is RegistryMeta, isinstance(Echo, RegistryMeta))
print(isinstance(Echo(), Command), type(Echo()).__name__)
