# sys.stdout.write / sys.stderr.write / flush
import sys
n = sys.stdout.write('written without newline')
sys.stdout.write('\n')
print('write returned', n)
sys.stdout.write('a' + 'b' * 3 + '\n')
for i in range(5):
    sys.stdout.write(str(i))
    sys.stdout.write(' ')
sys.stdout.write('\n')
sys.stdout.flush()
m = sys.stderr.write('to stderr\n')
sys.stderr.flush()
print('stderr write returned', m)
print('mixed', end='')
sys.stdout.write(' and write\n')
sys.stdout.write('日本 é\n')
print('done')
