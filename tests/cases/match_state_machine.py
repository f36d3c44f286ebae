# A vending machine state machine dispatching on (state, event) tuples
def step(state, event, ctx):
    match (state, event):
        case ("idle", ("coin", amount)) if amount > 0:
            ctx["credit"] += amount
            return "has_credit"
        case ("idle", ("select", item)):
            ctx["msg"] = f"insert coins first for {item}"
            return "idle"
        case ("has_credit", ("coin", amount)):
            ctx["credit"] += amount
            return "has_credit"
        case ("has_credit", ("select", item)) if item not in ctx["prices"]:
            ctx["msg"] = f"unknown item {item}"
            return "has_credit"
        case ("has_credit", ("select", item)) if ctx["credit"] >= ctx["prices"][item]:
            ctx["credit"] -= ctx["prices"][item]
            ctx["dispensed"].append(item)
            ctx["msg"] = f"dispensed {item}"
            return "has_credit" if ctx["credit"] else "idle"
        case ("has_credit", ("select", item)):
            ctx["msg"] = f"need {ctx['prices'][item] - ctx['credit']} more for {item}"
            return "has_credit"
        case (_, ("refund",)):
            ctx["msg"] = f"refunded {ctx['credit']}"
            ctx["credit"] = 0
            return "idle"
        case (_, ("service", "on")):
            return "maintenance"
        case ("maintenance", ("service", "off")):
            return "idle"
        case ("maintenance", _):
            ctx["msg"] = "out of service"
            return "maintenance"
        case (s, e):
            ctx["msg"] = f"ignored {e} in {s}"
            return s

ctx = {"credit": 0, "prices": {"cola": 150, "chips": 100, "gum": 50}, "dispensed": [], "msg": ""}
events = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"),
          ("select", "tea"), ("select", "gum"), ("coin", 0), ("coin", 200), ("select", "chips"),
          ("refund",), ("service", "on"), ("coin", 100), ("service", "off"), ("dance",)]
state = "idle"
for ev in events:
    ctx["msg"] = ""
    new = step(state, ev, ctx)
    print(f"{state:<12} {str(ev):<22} -> {new:<12} credit={ctx['credit']:<4} {ctx['msg']}".rstrip())
    state = new
print("dispensed:", ctx["dispensed"])
