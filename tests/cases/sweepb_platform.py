import platform
import sys

print(platform.system(), platform.machine(), platform.python_version())
print(platform.python_implementation(), platform.architecture()[0])
print(platform.python_version_tuple()[:2], sys.version_info[:2])
print(platform.system() in ("Linux", "Darwin", "Windows"), len(platform.platform()) > 0)
print(isinstance(platform.release(), str), isinstance(platform.node(), str))
u = platform.uname()
print(u.system == platform.system(), u.machine == platform.machine())
