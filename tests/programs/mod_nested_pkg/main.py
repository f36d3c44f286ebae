# nested packages, relative imports that go up (..), absolute dotted imports
import app.core.engine
from app.plugins import echo
from app.plugins.upper import upper, engine_type
import app

e = echo.make_engine()
e.register(upper)
print(e.run("hi"))
print(app.NAME, engine_type(), app.core.Engine is app.core.engine.Engine)
print(type(e).__module__, type(e).__qualname__)
print(sorted(n for n in vars(app) if not n.startswith("__")))
print(sorted(n for n in vars(app.plugins) if not n.startswith("__")))
