# pyaot: full-stderr
import traceback
def f(名前):
    return "héllo " + 名前

try:
    print(f("世界") + f(1))
except TypeError:
    print(traceback.format_exc())
é = "日本語" + f("x") + 1
