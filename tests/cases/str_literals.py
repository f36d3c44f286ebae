# String literal forms and escape sequences
print('single', "double", '''triple single''', """triple double""")
print('\x41\x42\x43', '\101\102', '\u00e9\u65e5', '\U0001F600', '\t|', '\\n', 'a\
b')
print(r'raw \n \t \\ string', R'\x41', len(r'\n'), len('\n'))
print('it\'s', "say \"hi\"", 'mixed "quotes" inside', "and 'these' too")
print('adjacent' ' literals' " concatenate")
s = '''line one
line two\tTabbed
  indented "quoted" 'single'
'''
print(s, end='')
print(repr(s))
print(f'{"nested quotes"}', f"{'other'}", rf'raw {1 + 1} \n', fr'\t{2}')
print('\0' == '\x00', len('\0\1\2'), ord('\177'), ord('\x7f'), '\u03b1')
print('日本語', '\u65e5\u672c\u8a9e' == '日本語', 'caf\u00e9' == 'café')
