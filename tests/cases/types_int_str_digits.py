# sys.get_int_max_str_digits / set_int_max_str_digits and the digit limit in str(), int(), repr, f-strings.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
for f in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ",")):
    try:
        f(big)
    except ValueError as e:
        print(e)
try:
    int("7" * 5000)
except ValueError as e:
    print(e)
print(len(hex(big)), len(bin(big)), int("1" * 5000, 16) > 0)
for bad in [100, -1, "x"]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), len(str(int("7" * 5000))))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)))
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print(e)
print(len(str(10 ** 639)))
