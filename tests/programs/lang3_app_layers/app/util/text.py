def slug(s):
    return "-".join(s.lower().split())


class Formatter:
    def __init__(self, template):
        self.template = template

    def __call__(self, s):
        return self.template.format(s)
