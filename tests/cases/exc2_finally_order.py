# Order of try / except / else / finally blocks across nested frames
log = []
def step(msg):
    log.append(msg)
    print(msg)

def level3(mode):
    step("  level3 start")
    try:
        if mode == "raise":
            raise ValueError("deep")
        step("  level3 body ok")
    finally:
        step("  level3 finally")
    step("  level3 end")

def level2(mode):
    try:
        step(" level2 calling")
        level3(mode)
    except KeyError:
        step(" level2 except KeyError (not matched)")
    else:
        step(" level2 else")
    finally:
        step(" level2 finally")
    step(" level2 end")

def level1(mode):
    try:
        level2(mode)
    except ValueError as e:
        step(f"level1 caught {e}")
    else:
        step("level1 else")
    finally:
        step("level1 finally")

print("== mode ok")
level1("ok")
print("== mode raise")
level1("raise")
print(len(log))

def handler_raises():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            step("handler runs")
            raise IndexError("from handler")
        else:
            step("else (not run)")
        finally:
            step("finally runs after handler raised")
    except IndexError as e:
        step(f"outer got IndexError {e}")
handler_raises()

def else_raises():
    try:
        try:
            pass
        except Exception:
            step("not run")
        else:
            step("else raising")
            raise RuntimeError("from else")
        finally:
            step("finally after else")
    except RuntimeError as e:
        step(f"caught {e}")
else_raises()
