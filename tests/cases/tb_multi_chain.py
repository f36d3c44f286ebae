# Uncaught exception at the end of a three-level chain (cause and context mixed)
class StorageError(Exception):
    pass
class ServiceError(Exception):
    pass

def read_block(n):
    blocks = {0: "header", 1: "data"}
    return blocks[n]

def load(n):
    try:
        return read_block(n)
    except KeyError as e:
        raise StorageError(f"block {n} unreadable") from e

def serve(n):
    try:
        return load(n)
    except StorageError:
        fallback = {"default": "cached"}
        return fallback["cache"]     # fails while handling StorageError -> implicit context

def api(n):
    try:
        return serve(n)
    except LookupError as e:
        raise ServiceError(f"request {n} failed: {e!r}") from e

for n in (0, 1):
    print(n, api(n))
print("requesting block 7")
print(api(7))
