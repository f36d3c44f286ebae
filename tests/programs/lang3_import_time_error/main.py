print("starting")
try:
    import settings
except ValueError as e:
    print("settings failed:", type(e).__name__, e)
import sys
print("settings" in sys.modules)
import validators
print(validators.port("8080"))
validators.port("70000")
