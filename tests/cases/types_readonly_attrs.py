# Assigning and deleting attributes of builtin objects: read-only methods, data attributes, members.
for o,n in [(1,'real'),(1,'bit_length'),(1,'foo'),('s','upper'),(1.5,'imag'),([], 'append'), ((), 'x'), (1j, 'real'), (range(3), 'start'), (slice(1), 'stop')]:
  try: setattr(o,n,1)
  except AttributeError as e: print(e)
  try: delattr(o,n)
  except AttributeError as e: print(e)
