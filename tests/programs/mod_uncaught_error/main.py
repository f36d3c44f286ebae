# an exception class defined in another module escapes uncaught (traceback names errors.ValidationError)
import errors
from validate import check_user

users = [{"name": "ann", "age": 3}, {"name": "", "age": 5}, {"name": "bob", "age": -1}]
for u in users[:2]:
    try:
        print("valid:", check_user(u))
    except errors.AppError as e:
        print("caught", type(e).__name__, "from module", type(e).__module__, "->", e)
print("now validating without a handler")
check_user(users[2])
print("not reached")
