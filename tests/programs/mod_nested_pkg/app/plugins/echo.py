from ..core import engine
from .. import NAME
print("app.plugins.echo: init, app name", NAME)

def echo(text):
    return text + " " + text

def make_engine():
    e = engine.Engine()
    e.register(echo)
    return e
