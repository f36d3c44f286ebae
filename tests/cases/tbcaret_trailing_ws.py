# pyaot: full-stderr
import traceback
def f(x):
    return x.missing   
try:
    f(1)  
except AttributeError:
    print(traceback.format_exc())
f(2)
