def words(text):
    return [w for w in text.replace("-", " ").split() if w]

def slugify(text):
    return "-".join(w.lower() for w in words(text) if w.isalnum())
