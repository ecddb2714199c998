#@ pos concatenated name
import os
getattr(os, "sys" + "tem")
#@ pos name from a variable, on the builtins
name = input()
getattr(__builtins__, name)
#@ pos setattr with a computed name on a module
import sys
setattr(sys, "a" + "b", 1)
#@ neg literal names
getattr(obj, "field", None)
setattr(obj, "x", 2)
#@ neg the program's own objects
def copy_fields(dst, src, names):
    for name in names:
        setattr(dst, name, getattr(src, name))
#@ neg a method named getattr
class C:
    def getattr(self, a, b):
        return a
C().getattr(1, "a" + "b")
#@ pos reduce(getattr) over os
import functools, os
functools.reduce(getattr, ["system"], os)("id")
#@ neg reduce(getattr) over the program's own object
import functools
class A:
    class B:
        c = 3
print(functools.reduce(getattr, ["B", "c"], A))
