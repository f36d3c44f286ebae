from registry import plugin

@plugin("reverse")
def reverse(s):
    return s[::-1]

@plugin("title")
def title(s):
    return s.title()
