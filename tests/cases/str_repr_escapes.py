# repr() of strings with quotes, escapes and unicode
cases = ['plain', "it's", 'say "hi"', 'both \' and "', 'a\nb\'c"', 'tab\there', 'back\\slash', '\r\n', '\x00\x01\x1f\x7f',
         '\x80\xa0\xff', 'héllo', '日本', '\u200b', '\U0001F600', '\ud7ff', '', "'", '"', '\\', '\a\b\f\v', 'é\te']
for c in cases:
    print(repr(c), len(c), str(c) == c)
print(['a', "b'c", 'd"e'], ('\n',), {'k\t': 'v\\'})
print(repr(repr('x')), repr(str(['it\'s'])))
print("%r %s" % ("q'", "q'"), f"{'x'!r} {'y'!s}", "{!r}".format('z\n'))
