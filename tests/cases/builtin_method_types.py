# The types and reprs of builtin methods: method_descriptor,
# wrapper_descriptor, method-wrapper and builtin_function_or_method.
import types

print(type(str.upper).__name__, type(list.append).__name__, type(dict.get).__name__)
print(type([].append).__name__, type('a'.upper).__name__, type(len).__name__)
print(type(str.__add__).__name__, type('a'.__add__).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(type(dict.__getitem__).__name__, type(list.__getitem__).__name__, type(tuple.__getitem__).__name__)
print(type(set.__contains__).__name__, type(str.__contains__).__name__)
print(type({}.__getitem__).__name__, type(().__getitem__).__name__)
print(type(str.__format__).__name__, type(object.__reduce_ex__).__name__)
print(repr(str.upper), repr(list.append), repr(dict.get))
print(repr(str.__add__), repr(int.__add__), repr(object.__init__))
print(repr('a'.__add__).startswith("<method-wrapper '__add__' of str object at 0x"))
print(repr([].append).startswith('<built-in method append of list object at 0x'))
print(repr(len), repr(print))
print(str.upper.__name__, str.upper.__qualname__, list.append.__qualname__)
print(str.__add__.__name__, str.__add__.__qualname__)
print(str.upper('abc'), str.__add__('a', 'b'), 'a'.__add__('c'), (2).__mul__(21))
print(type(dict.fromkeys).__name__, type(str.maketrans).__name__, type(int.from_bytes).__name__)
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
print(isinstance(object().__str__, types.MethodWrapperType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(str.join, types.BuiltinFunctionType))
print(callable(str.upper), callable('a'.__add__), callable(object.__init__))
try:
    str.upper(1)
except TypeError as e:
    print(e)
