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
#@ pos a shared library loaded into SQLite
import sqlite3
db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension("/tmp/x.so")
#@ pos an extension module loaded from a path
import importlib.machinery
importlib.machinery.ExtensionFileLoader("m", "/tmp/m.so")
#@ neg SQLite used as a database
import sqlite3
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE t (x)")
print(db.execute("SELECT count(*) FROM t").fetchone())
#@ pos ctypes loaded through find_spec and module_from_spec
import importlib.util
spec = importlib.util.find_spec("c" + "types")
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
m.CDLL(None).system(b"id")
#@ pos ctypes through spec.loader.load_module
import importlib.util
lib = importlib.util.find_spec("ctypes").loader.load_module()
lib.CDLL(None)
#@ neg json loaded through find_spec
import importlib.util
spec = importlib.util.find_spec("json")
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.dumps({}))
#@ pos numpy's ctypeslib loading a library from a directory
import numpy.ctypeslib as npct
lib = npct.load_library("libfast", "/tmp/k")
#@ pos torch loading a custom op library
import torch
torch.ops.load_library("/tmp/libop.so")
#@ neg numpy's ctypeslib pointer types only
import numpy as np
print(np.ctypeslib.as_array)
#@ pos an extension module loaded by _imp
import _imp, importlib.machinery
_imp.create_dynamic(importlib.machinery.ModuleSpec("x", None, origin="/tmp/x.so"))
#@ pos _imp's loader imported by name
from _imp import create_dynamic as load
load(None)
#@ neg _imp's questions
import _imp
print(_imp.extension_suffixes(), _imp.is_builtin("sys"))
