# OSError and its subclasses, errno/strerror attributes, str formats
errors = [
    FileNotFoundError(2, "No such file or directory"),
    PermissionError(13, "Permission denied"),
    FileExistsError(17, "File exists"),
    IsADirectoryError(21, "Is a directory"),
    NotADirectoryError(20, "Not a directory"),
    TimeoutError(110, "Connection timed out"),
    ConnectionRefusedError(111, "Connection refused"),
]
for err in errors:
    print(f"{type(err).__name__:<24} errno={err.errno} strerror={err.strerror!r} str={str(err)!r}")
    print(" " * 24, [k.__name__ for k in type(err).__mro__[1:-2]])

def check(e):
    try:
        raise e
    except FileNotFoundError:
        return "file not found handler"
    except (PermissionError, IsADirectoryError) as x:
        return f"permission-ish handler ({type(x).__name__})"
    except ConnectionError as x:
        return f"connection handler ({type(x).__name__})"
    except OSError as x:
        return f"generic OSError handler ({type(x).__name__})"

for e in errors:
    print(check(e))
print(check(OSError("plain message")))
print(IOError is OSError, EnvironmentError is OSError)
o = OSError("just one arg")
print(o.errno, o.strerror, str(o), o.args)
o3 = OSError(2, "No such file", "data.txt")
print(str(o3), o3.filename, type(o3).__name__)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print(issubclass(TimeoutError, OSError), issubclass(OSError, Exception))
