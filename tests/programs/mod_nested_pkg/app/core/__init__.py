print("app.core: init")
from .engine import Engine
