"""copy for pyaot: shallow and deep copies of builtin containers and
instances (with __copy__/__deepcopy__ hooks)."""


class Error(Exception):
    pass


error = Error
dispatch_table = {}


_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range)


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or callable(x) and not hasattr(x, "__dict__"):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    if cls is bytearray:
        return bytearray(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    hook = getattr(cls, "__deepcopy__", None)
    if hook is not None:
        y = hook(x, memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif callable(x) and not hasattr(x, "__dict__"):
        return x
    else:
        y = _reconstruct(x, memo)
    memo[d] = y
    return y


def _reconstruct(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state is not None:
        for k, v in state.items():
            setattr(y, k, deepcopy(v, memo) if memo is not None else v)
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) if memo is not None else a for a in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[k] = deepcopy(v, memo) if memo is not None else v
    return y
