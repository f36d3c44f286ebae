import operator
import collections
import copy
import time
import functools

print(operator.__add__(1, 2), operator.__mod__(7, 3), operator.__not__(0), operator.__neg__(5), operator.__invert__(0))
print(operator.__contains__([1, 2], 2), operator.__concat__("a", "b"), operator.__index__(7), operator.__pow__(2, 10))
x = [1]
print(operator.__iadd__(x, [2]), x, operator.__ixor__(6, 3), operator.__ipow__(2, 3), operator.__imatmul__ is operator.imatmul)
d = {}
operator.__setitem__(d, "k", 1)
print(d, operator.__call__(len, "abc"))
print(isinstance({}, collections.abc.Mapping), issubclass(list, collections.abc.Sequence))
print(copy.error is copy.Error, isinstance(copy.dispatch_table, dict))
print(time.thread_time() >= 0, time.thread_time_ns() >= 0, time.clock_gettime(time.CLOCK_MONOTONIC) > 0)
print(type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_MONOTONIC) > 0, time.tzset())
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID)
print(functools.GenericAlias, functools.get_cache_token() is not None)
