import app
import app.core.rules as rules
from app.core import engine as eng_mod
from app.util.text import slug

e = app.Engine("My Big Engine")
e.add(5).add(50).add(-3)
print(e.report())
try:
    e.add(1000)
except eng_mod.EngineError as err:
    print("EngineError:", err)
rules.LIMIT = 2000
e.add(1000)
print(e.report(), app.__version__, app.__doc__)
print(slug("A  B c"), eng_mod.Engine is app.Engine, eng_mod.__name__)
import app.util
print(app.util.__all__, sorted(k for k in dir(app.util) if not k.startswith("_")))
if __name__ == "__main__":
    print("main guard runs in", __name__)
