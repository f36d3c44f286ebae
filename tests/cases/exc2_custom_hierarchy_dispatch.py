# Mapping exception types to handlers by walking the MRO; exception groups of results
class ServiceError(Exception):
    status = 500
class ClientError(ServiceError):
    status = 400
class NotFound(ClientError):
    status = 404
class Forbidden(ClientError):
    status = 403
class Timeout(ServiceError, TimeoutError):
    status = 504

HANDLERS = {
    ClientError: lambda e: f"client problem {e.status}: {e}",
    ServiceError: lambda e: f"server problem {e.status}: {e}",
    OSError: lambda e: f"os-level problem: {type(e).__name__}",
    Exception: lambda e: f"unexpected {type(e).__name__}: {e}",
}

def handle(exc):
    for klass in type(exc).__mro__:
        if klass in HANDLERS:
            return klass.__name__, HANDLERS[klass](exc)
    raise exc

errors = [NotFound("no such page"), Forbidden("admins only"), Timeout("upstream slow"),
          ServiceError("boom"), FileNotFoundError(2, "missing"), ZeroDivisionError("zero"), ClientError("bad input")]
for e in errors:
    via, message = handle(e)
    print(f"{type(e).__name__:<18} via {via:<12} -> {message}")
try:
    handle(KeyboardInterrupt())
except KeyboardInterrupt:
    print("KeyboardInterrupt has no handler and is re-raised")

def run_all(tasks):
    results, failures = [], []
    for name, fn in tasks:
        try:
            results.append((name, fn()))
        except ServiceError as e:
            failures.append((name, e))
    return results, failures
def fail(exc):
    raise exc
tasks = [("a", lambda: 1), ("b", lambda: fail(NotFound("b missing"))),
         ("c", lambda: 3), ("d", lambda: fail(Timeout("d slow")))]
ok, failed = run_all(tasks)
print(ok, [(n, type(e).__name__, e.status) for n, e in failed])
print(max(failed, key=lambda f: f[1].status)[0], isinstance(failed[1][1], OSError))
