#@ pos concatenated name
import os
getattr(os, "sys" + "tem")
#@ pos name from a variable
name = input()
getattr(obj, name)
#@ pos setattr with a computed name
setattr(obj, "a" + "b", 1)
#@ neg literal names
getattr(obj, "field", None)
setattr(obj, "x", 2)
#@ neg a method named getattr
class C:
    def getattr(self, a, b):
        return a
C().getattr(1, "a" + "b")
