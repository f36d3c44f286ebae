# A table-driven finite state machine for a network connection, with hooks and history
class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state!r} on {event!r}")
        self.state, self.event = state, event

class StateMachine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.table = {}
        for src, event, dst in transitions:
            self.table[(src, event)] = dst
        self.history = [initial]
        self.enter_hooks = {}
        self.counts = {}
    def on_enter(self, state):
        def register(fn):
            self.enter_hooks.setdefault(state, []).append(fn)
            return fn
        return register
    def events(self):
        return sorted(e for (s, e) in self.table if s == self.state)
    def fire(self, event, **data):
        key = (self.state, event)
        if key not in self.table:
            raise TransitionError(self.state, event)
        prev, self.state = self.state, self.table[key]
        self.history.append(self.state)
        self.counts[event] = self.counts.get(event, 0) + 1
        for hook in self.enter_hooks.get(self.state, []):
            hook(prev, event, data)
        return self.state

tcp = StateMachine("tcp", "CLOSED", [
    ("CLOSED", "listen", "LISTEN"),
    ("CLOSED", "connect", "SYN_SENT"),
    ("LISTEN", "syn", "SYN_RECEIVED"),
    ("LISTEN", "close", "CLOSED"),
    ("SYN_SENT", "syn_ack", "ESTABLISHED"),
    ("SYN_SENT", "close", "CLOSED"),
    ("SYN_RECEIVED", "ack", "ESTABLISHED"),
    ("ESTABLISHED", "send", "ESTABLISHED"),
    ("ESTABLISHED", "close", "FIN_WAIT"),
    ("ESTABLISHED", "fin", "CLOSE_WAIT"),
    ("FIN_WAIT", "ack", "TIME_WAIT"),
    ("CLOSE_WAIT", "close", "LAST_ACK"),
    ("LAST_ACK", "ack", "CLOSED"),
    ("TIME_WAIT", "timeout", "CLOSED"),
])

sent = []
@tcp.on_enter("ESTABLISHED")
def established(prev, event, data):
    if event == "send":
        sent.append(data.get("payload"))
    else:
        print(f"  [hook] connection established via {prev} --{event}-->")

@tcp.on_enter("CLOSED")
def closed(prev, event, data):
    print(f"  [hook] closed after {len(tcp.history) - 1} transitions, sent {sent}")

script = [("connect", {}), ("syn_ack", {}), ("send", {"payload": "hello"}), ("send", {"payload": "world"}),
          ("listen", {}), ("fin", {}), ("send", {"payload": "late"}), ("close", {}), ("ack", {}),
          ("listen", {}), ("syn", {}), ("ack", {}), ("close", {}), ("ack", {}), ("timeout", {})]
for event, data in script:
    before = tcp.state
    try:
        after = tcp.fire(event, **data)
        print(f"{before:<13} --{event:<8}--> {after}")
    except TransitionError as e:
        print(f"{before:<13} !! {e}; allowed: {tcp.events()}")
print(" -> ".join(tcp.history))
print(sorted(tcp.counts.items()))

light = StateMachine("light", "red", [("red", "tick", "green"), ("green", "tick", "yellow"), ("yellow", "tick", "red"),
                                      ("red", "fault", "blink"), ("green", "fault", "blink"),
                                      ("yellow", "fault", "blink"), ("blink", "repair", "red")])
seq = []
for i in range(10):
    light.fire("fault" if i == 7 else "repair" if light.state == "blink" else "tick")
    seq.append(light.state[0].upper())
print("".join(seq))
