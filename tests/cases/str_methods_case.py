# upper/lower/title/capitalize/swapcase/casefold
cases = ['hello world', 'HELLO', 'hElLo wOrLd', "they're bill's friends", 'héllo wörld', 'ßtraße', '123abc def', '', 'a', 'x-ray y_z 3d']
for c in cases:
    print(repr(c), c.upper(), c.lower(), c.title(), c.capitalize(), c.swapcase())
print('ǅ'.lower(), 'ΣΑΣ'.lower(), 'straße'.upper(), 'Straße'.casefold())
print('abc'.isupper(), 'ABC'.isupper(), 'Abc'.istitle(), 'abc def'.islower(), 'ABC1'.isupper(), '123'.islower())
