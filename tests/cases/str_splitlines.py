# splitlines with various line endings
s = 'one\ntwo\r\nthree\rfour\n\nfive'
print(s.splitlines(), s.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), 'x\n\n'.splitlines(keepends=True))
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
text = '''first line
  second line

fourth line'''
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line))
