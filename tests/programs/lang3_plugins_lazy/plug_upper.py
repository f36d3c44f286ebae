from registry import plugin

print("loading plug_upper as", __name__)


@plugin("upper")
class Upper:
    def run(self, s):
        return s.upper()
