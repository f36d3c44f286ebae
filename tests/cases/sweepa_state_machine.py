# A text-adventure style state machine with match, enums and dict dispatch.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"cannot {event} while {self.state.name.lower()}")
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self.state

    def describe(self):
        match self.state:
            case State.IDLE:
                return "waiting"
            case State.RUNNING | State.PAUSED as s:
                return f"active ({s.name})"
            case _:
                return "done"


m = Machine()
for ev in ["start", "pause", "start", "resume", "stop", "resume"]:
    try:
        new = m.fire(ev)
        print(f"{ev:>7} -> {new} [{m.describe()}]")
    except ValueError as e:
        print(f"{ev:>7} !! {e}")
print([s.name for s in m.history], State.RUNNING.value, list(State)[-1], State["PAUSED"])
print(len(State), State.IDLE < State.STOPPED if hasattr(State.IDLE, "__lt__") and False else "", repr(State.IDLE))
counts = {}
for s in m.history:
    counts[s] = counts.get(s, 0) + 1
print({k.name: v for k, v in counts.items()})
