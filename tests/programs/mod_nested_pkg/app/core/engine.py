print("app.core.engine: init")

class Engine:
    def __init__(self):
        self.plugins = []
    def register(self, plugin):
        self.plugins.append(plugin)
    def run(self, text):
        for p in self.plugins:
            text = p(text)
        return text
