from app.core.engine import Engine   # absolute import works too

def upper(text):
    return text.upper()

def engine_type():
    return Engine.__module__
