# Ends with sys.exit(3) after printing some output
import sys
for i in range(5):
    print('working', i)
sys.stdout.flush()
def finish():
    print('about to exit with 3')
    sys.exit(3)
finish()
print('never printed')
