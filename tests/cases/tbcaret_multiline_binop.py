# pyaot: full-stderr
import traceback
try:
    total = (1 +
             2 +
             None)
except TypeError:
    print(traceback.format_exc())
total = (1 +
         2 +
         None)
