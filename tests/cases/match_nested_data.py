# Deeply nested patterns over JSON-like data
orders = [
    {"id": 1, "customer": {"name": "Ann", "vip": True}, "items": [{"sku": "A1", "qty": 2}]},
    {"id": 2, "customer": {"name": "Bob"}, "items": []},
    {"id": 3, "customer": {"name": "Cy", "vip": False}, "items": [{"sku": "B2", "qty": 1}, {"sku": "C3", "qty": 5}]},
    {"id": 4, "customer": "anonymous", "items": [{"sku": "A1", "qty": 1}]},
    {"id": 5, "items": [{"sku": "Z9"}]},
    {"id": 6, "customer": {"name": "Di", "vip": True}, "items": [{"sku": "A1", "qty": 10}, {"sku": "B2", "qty": 1}, {"sku": "C3", "qty": 2}]},
]

def summarize(order):
    match order:
        case {"id": oid, "items": []}:
            return f"#{oid}: empty order"
        case {"id": oid, "customer": {"name": name, "vip": True}, "items": [{"sku": sku, "qty": q}]}:
            return f"#{oid}: VIP {name} bought {q} x {sku}"
        case {"id": oid, "customer": {"name": name}, "items": [first, *rest]}:
            total = sum(it.get("qty", 0) for it in [first, *rest])
            return f"#{oid}: {name} bought {1 + len(rest)} lines, {total} units, first sku {first['sku']}"
        case {"id": oid, "customer": str(label), "items": items}:
            return f"#{oid}: {label} customer with {len(items)} lines"
        case {"id": oid, "items": [{"sku": sku, **extra}]} if not extra:
            return f"#{oid}: no customer, sku {sku} without quantity"
        case _:
            return "unrecognized"

for o in orders:
    print(summarize(o))

def tree_depth(node):
    match node:
        case {"children": [*kids]} if kids:
            return 1 + max(tree_depth(k) for k in kids)
        case {"children": []} | {}:
            return 1
tree = {"children": [{"children": []}, {"children": [{"children": [{}]}]}]}
print("depth", tree_depth(tree))

def points(shape):
    match shape:
        case ("point", (x, y)):
            return [(x, y)]
        case ("line", (x1, y1), (x2, y2)):
            return [(x1, y1), (x2, y2)]
        case ("poly", *pts) if len(pts) >= 3:
            return list(pts)
        case ("group", *members):
            return [p for m in members for p in points(m)]
        case _:
            return []
print(points(("group", ("point", (0, 0)), ("line", (1, 1), (2, 2)), ("poly", (0, 0), (1, 0), (0, 1)), ("poly", (5, 5)))))
