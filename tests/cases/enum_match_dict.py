# Enum members in match statements, as dict keys, in sets, and in state
# machines.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
}


def step(state, event):
    match (state, event):
        case (State.DONE, _):
            return state, "already done"
        case (State.IDLE | State.PAUSED, Event.FINISH):
            return state, "cannot finish now"
        case _ if (state, event) in TRANSITIONS:
            return TRANSITIONS[(state, event)], "ok"
        case _:
            return state, f"ignored {event.value}"


s = State.IDLE
for name in ["pause", "start", "pause", "finish", "resume", "finish", "start"]:
    s, msg = step(s, Event(name))
    print(f"{name:>7} -> {s.name:<8} {msg}")

counts = {}
for st in [State.IDLE, State.DONE, State.IDLE, State.RUNNING]:
    counts[st] = counts.get(st, 0) + 1
print(counts)
print({State.IDLE, State.IDLE, State.DONE} == {State.DONE, State.IDLE})


def label(st):
    match st:
        case State.IDLE:
            return "zzz"
        case State.RUNNING | State.PAUSED:
            return "busy"
        case _:
            return "finished"


print([label(x) for x in State])
print(sorted(counts, key=lambda k: k.value))
print(max(State, key=lambda k: k.value), State.DONE.value)
