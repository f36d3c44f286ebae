# URL routing with match on split paths and methods
USERS = {1: "ann", 2: "bob"}
POSTS = {10: ("hello", 1), 11: ("second", 2), 12: ("more", 1)}

def route(method, path):
    parts = [p for p in path.split("/") if p]
    match method, parts:
        case "GET", []:
            return 200, "index"
        case "GET", ["users"]:
            return 200, ", ".join(USERS.values())
        case "GET", ["users", uid] if uid.isdigit() and int(uid) in USERS:
            return 200, f"user {USERS[int(uid)]}"
        case "GET", ["users", uid, "posts"] if uid.isdigit():
            titles = [t for t, author in POSTS.values() if author == int(uid)]
            return 200, f"posts by {uid}: {titles}"
        case "GET", ["users", _]:
            return 404, "no such user"
        case ("POST" | "PUT") as m, ["users", *rest] if not rest or rest[0].isdigit():
            return 201 if m == "POST" else 200, f"{m.lower()} user {rest[0] if rest else '(new)'}"
        case "DELETE", ["users", uid]:
            return 403, f"cannot delete user {uid}"
        case "GET", ["static", *file_path] if file_path:
            return 200, "file " + "/".join(file_path)
        case _, ["users", *_]:
            return 405, f"{method} not allowed on users"
        case _:
            return 404, f"no route for {method} {path}"

requests = [("GET", "/"), ("GET", "/users"), ("GET", "/users/2"), ("GET", "/users/9"),
            ("GET", "/users/1/posts"), ("POST", "/users"), ("PUT", "/users/2"), ("PUT", "/users/x"),
            ("DELETE", "/users/1"), ("GET", "/static/css/site.css"), ("GET", "/static"),
            ("PATCH", "/users/1"), ("GET", "/nothing/here")]
for method, path in requests:
    status, body = route(method, path)
    print(f"{method:<7}{path:<22}{status}  {body}")
