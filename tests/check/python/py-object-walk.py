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
#@ pos __bases__ picked by index
b = ().__class__.__bases__[0]
#@ neg a class's bases looked through in a loop
def pick(value, table):
    for base in type(value).__mro__:
        if base in table:
            return table[base]
#@ neg __mro__ in an ABC's __subclasshook__ (a generator and an in test)
import abc
class Closeable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if any("close" in B.__dict__ for B in other.__mro__):
            return True
        return dict in other.__bases__ or NotImplemented
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
#@ pos the walk in a format string's fields
import logging
print("{fn.__globals__[os].environ}".format(fn=logging.shutdown))
#@ pos builtins by item in a format field
print("{0.__init__.__globals__[__builtins__]}".format(object()))
#@ neg a format string naming the class
class P:
    def __repr__(self):
        return "{0.__class__.__name__}({0.x!r})".format(self)
#@ neg format fields with attributes and items
print("{z.real} {p[0]} {__name__}".format(z=1j, p=(1,), __name__="m"))
#@ pos the walk through string.Formatter
import string, logging
string.Formatter().format("{0.__globals__[os].environ}", logging.shutdown)
#@ pos a Jinja2 template walking to __globals__
from jinja2 import Template
Template("{{ cycler.__init__.__globals__.os.popen('id').read() }}").render()
#@ pos a template's attr filter given a dunder's pieces
T = "{{ lipsum|attr('__glo' ~ 'bals__') }}"
#@ pos a Mako expression calling __import__
T = "${__import__('os').getcwd()}"
#@ neg a template printing its variables
T = "Release {{ version }} {% for c in changes %}{{ c.title }}{% endfor %}"
#@ neg a template's attr filter on an ordinary name
T = "{{ user|attr('name') }}"
#@ pos __getattribute__ with a name it cannot read
class P:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
#@ pos __getattribute__ handed on
import os
g = os.__getattribute__
#@ pos __getattribute__ of a dunder name
x = "".__getattribute__("__class__")
#@ neg __getattribute__ with a plain name
print("label".__getattribute__("upper")())
