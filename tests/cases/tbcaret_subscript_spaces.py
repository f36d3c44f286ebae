# pyaot: full-stderr
import traceback
data = {"k": [1, 2]}
try:
    x = data[ "k" ][ 5 ]
except IndexError:
    print(traceback.format_exc())
y = data [ "missing" ]
