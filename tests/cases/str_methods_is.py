# is* predicates
cases = ['123', '12.3', '-1', 'abc', 'Abc', 'abc123', '', ' ', '\t\n', 'héllo', '日本', '½', '²', '٣', 'ABC', 'a b', '_x', 'x_1', 'Title Case', '1abc']
print('s isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle isidentifier isascii isprintable')
for s in cases:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
