from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

    def __str__(self):
        return self.name.lower()


class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.STOPPED,
    (State.PAUSED, Event.STOP): State.STOPPED,
}


class InvalidTransition(Exception):
    pass


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"{event.value!r} not allowed in {self.state}")
        new = TRANSITIONS[key]
        self.log.append(f"{self.state} -> {new}")
        self.state = new


m = Machine()
for ev in ["start", "pause", "pause", "resume", "stop", "start"]:
    try:
        m.fire(Event(ev))
    except InvalidTransition as e:
        print("rejected:", e)
print("\n".join(m.log))
print(m.state, repr(m.state), m.state.value)
print(list(State), len(State))
print(State["PAUSED"], State(2))
try:
    Event("jump")
except ValueError as e:
    print(e)
print([e.name for e in Event if e.value.startswith(("s", "r"))])
print(State.IDLE < State.RUNNING if hasattr(State.IDLE, "__lt__") and False else "no order")
print(sorted(State, key=lambda s: s.name))
match m.state:
    case State.STOPPED:
        print("done")
    case _:
        print("not done")
print(Event.START in Event, isinstance(Event.STOP, Event))
print({s: str(s) for s in State})
