import argparse

parser = argparse.ArgumentParser(prog="todo", description="Manage tasks.")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--db", default="tasks.json", metavar="PATH")
sub = parser.add_subparsers(dest="cmd", required=True)
add = sub.add_parser("add", help="add a task")
add.add_argument("title", nargs="+")
add.add_argument("-p", "--priority", type=int, choices=range(1, 6), default=3)
add.add_argument("--tag", action="append", default=[])
ls = sub.add_parser("list")
ls.add_argument("--done", action="store_true")
ls.add_argument("--limit", type=int)

for argv in [
    ["add", "buy", "milk", "-p", "2", "--tag", "home", "--tag", "errand"],
    ["-vv", "--db", "x.json", "list", "--done", "--limit", "5"],
    ["list"],
]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))
for bad in [["add"], ["add", "x", "-p", "9"], ["remove"], ["list", "--limit", "abc"]]:
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
p2 = argparse.ArgumentParser(prog="calc", add_help=False)
p2.add_argument("nums", type=float, nargs="*")
p2.add_argument("--op", choices=["sum", "max"], default="sum")
g = p2.add_mutually_exclusive_group()
g.add_argument("--int", action="store_true")
g.add_argument("--round", type=int, default=None)
ns, extra = p2.parse_known_args(["1", "2.5", "--op", "max", "--zzz", "3"])
print(ns, extra)
print(p2.format_usage().strip())
ns = p2.parse_args(["4", "5", "--round", "1"])
r = sum(ns.nums) if ns.op == "sum" else max(ns.nums)
print(round(r, ns.round))
print(parser.format_help())
