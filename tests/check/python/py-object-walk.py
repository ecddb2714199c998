#@ pos __subclasses__
().__class__.__base__.__subclasses__()
#@ pos __globals__ of a function
def f():
    pass
f.__globals__["os"]
#@ pos __builtins__ as an attribute
import sys
sys.modules["__main__"].__builtins__
#@ pos frame globals
import sys
sys._getframe().f_globals
#@ pos __mro__
x = "".__class__.__mro__[-1]
#@ pos globals()["__builtins__"]
b = globals()["__builtins__"]
#@ pos g["__import__"]
g = {}
g["__import__"]
#@ neg __class__ and __name__
print(type(1).__name__, (1).__class__)
#@ neg a dict key that is not internal
d = {"builtins": 1}
print(d["builtins"])
#@ neg __dict__ of the program's own object
class A:
    pass
print(A().__dict__)
