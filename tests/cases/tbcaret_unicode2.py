# pyaot: full-stderr
import traceback
try:
    é = "héllo" + 1
except TypeError:
    print(traceback.format_exc())
données = {"clé": 1}
print(données["clé"])
v = données["clef"]
