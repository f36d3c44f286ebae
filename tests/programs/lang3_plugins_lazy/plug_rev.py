import registry


@registry.plugin("rev")
class Reverse:
    def run(self, s):
        return s[::-1]

    def __repr__(self):
        return "<Reverse plugin>"
