# Package dependency resolution: version constraints, topological install order, cycle/conflict errors
class ResolutionError(Exception):
    pass
class CycleError(ResolutionError):
    def __init__(self, path):
        super().__init__("dependency cycle: " + " -> ".join(path))
        self.path = path
class ConflictError(ResolutionError):
    pass

def parse_version(v):
    return tuple(int(p) for p in v.split("."))

def satisfies(version, constraint):
    op = constraint[:2] if constraint[:2] in (">=", "<=", "==") else constraint[:1]
    target = parse_version(constraint[len(op):])
    v = parse_version(version)
    return {">=": v >= target, "<=": v <= target, "==": v == target, ">": v > target, "<": v < target}[op]

class Registry:
    def __init__(self):
        self.packages = {}       # name -> {version: {dep: [constraints]}}
    def add(self, name, version, deps=None):
        self.packages.setdefault(name, {})[version] = deps or {}
    def best(self, name, constraints):
        if name not in self.packages:
            raise ResolutionError(f"unknown package {name!r}")
        ok = [v for v in self.packages[name] if all(satisfies(v, c) for c in constraints)]
        if not ok:
            raise ConflictError(f"no version of {name} satisfies {sorted(constraints)}")
        return max(ok, key=parse_version)

def resolve(registry, requirements):
    """Backtracking search: newest acceptable versions first, then a topological install order."""
    tried = [0]
    def candidates(name, cons):
        if name not in registry.packages:
            raise ResolutionError(f"unknown package {name!r}")
        ok = [v for v in registry.packages[name] if all(satisfies(v, c) for c in cons)]
        return sorted(ok, key=parse_version, reverse=True)
    def search(pending, chosen, constraints):
        if not pending:
            return chosen
        name, rest = pending[0], pending[1:]
        cons = constraints.get(name, [])
        if name in chosen:
            if all(satisfies(chosen[name], c) for c in cons):
                return search(rest, chosen, constraints)
            return None
        for version in candidates(name, cons):
            tried[0] += 1
            deps = registry.packages[name][version]
            new_cons = {k: list(v) for k, v in constraints.items()}
            for dep, dc in deps.items():
                new_cons.setdefault(dep, []).extend(dc)
            if any(d in chosen and not all(satisfies(chosen[d], c) for c in new_cons[d]) for d in deps):
                continue
            result = search(rest + sorted(deps), {**chosen, name: version}, new_cons)
            if result is not None:
                return result
        return None
    chosen = search(sorted(requirements), {}, {k: list(v) for k, v in requirements.items()})
    if chosen is None:
        raise ConflictError(f"no consistent versions for {sorted(requirements.items())}")
    order, done = [], set()
    def place(name, path):
        if name in path:
            raise CycleError(path[path.index(name):] + [name])
        if name in done:
            return
        for dep in sorted(registry.packages[name][chosen[name]]):
            place(dep, path + [name])
        done.add(name)
        order.append(f"{name}=={chosen[name]}")
    for name in sorted(chosen):
        place(name, [])
    return order, tried[0]

reg = Registry()
reg.add("web", "2.0.0", {"http": [">=1.2"], "template": [">=3.0"]})
reg.add("web", "1.5.0", {"http": [">=1.0"]})
reg.add("http", "1.0.0", {"socket": [">=1.0"]})
reg.add("http", "1.4.2", {"socket": [">=2.0"], "tls": [">=0.9"]})
reg.add("http", "2.0.0", {"socket": [">=3.0"]})
reg.add("socket", "1.0.0")
reg.add("socket", "2.1.0")
reg.add("tls", "0.9.1", {"crypto": ["<2.0"]})
reg.add("tls", "1.1.0", {"crypto": [">=2.0"]})
reg.add("crypto", "1.9.9")
reg.add("crypto", "2.3.0")
reg.add("template", "3.2.1", {"markup": [">=1.0"]})
reg.add("markup", "1.0.0")
reg.add("loopy", "1.0.0", {"loopier": [">=1.0"]})
reg.add("loopier", "1.0.0", {"loopy": [">=1.0"]})

scenarios = [
    {"web": [">=2.0"]},
    {"web": ["<2.0"]},
    {"web": [">=1.0"], "http": ["<2.0"]},
    {"http": [">=1.4"], "socket": ["<2.0"]},
    {"tls": ["<1.0"], "crypto": [">=2.0"]},
    {"loopy": [">=1.0"]},
    {"nosuch": [">=1"]},
]
for req in scenarios:
    try:
        print(req, "->", resolve(reg, req))
    except CycleError as e:
        print(req, "-> CycleError:", e, e.path)
    except ResolutionError as e:
        print(req, "->", type(e).__name__ + ":", e)
print([satisfies("1.10.0", c) for c in [">=1.9", "<1.2", "==1.10.0", ">1.10", "<=1.10.0"]])
