#@ pos import ctypes
import ctypes
#@ pos from ctypes
from ctypes import CDLL
#@ pos aliased
import ctypes as c
#@ pos dynamic import then call
c = __import__("ctypes")
c.CDLL(None)
#@ pos cffi
import cffi
#@ neg a module whose name starts the same
import ctypesgen_helpers_not_real
#@ neg the word in a string
print("ctypes is a foreign function library")
