# Ends with sys.exit("message"): message to stderr, exit code 1
import sys
print('start')
total = sum(range(10))
print('total', total)
if total > 10:
    sys.exit('fatal: total too large (%d)' % total)
print('never printed')
