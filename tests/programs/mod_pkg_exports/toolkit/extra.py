print("toolkit.extra loaded on demand")
from . import strings

def shout(text):
    return " ".join(w.upper() for w in strings.words(text)) + "!"
