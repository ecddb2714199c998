#@ pos eval of input()
eval(input())
#@ pos exec of stdin
import sys
exec(sys.stdin.read())
#@ pos exec of a file read at run time
exec(open(sys.argv[1]).read())
#@ pos compile of a parameter
def run(src):
    return compile(src, "<s>", "exec")
#@ pos import of a name from a list by a computed index
import random
mods = ["json", "os"]
__import__(mods[random.randrange(2)])
#@ pos importlib of a name read at run time
import importlib
importlib.import_module(input())
#@ pos a string that += changes
s = ""
for part in ["pri", "nt(1)"]:
    s += part
exec(s)
#@ pos types.FunctionType over unknown code
import types
types.FunctionType(compile(input(), "<x>", "exec"), {})()
#@ neg exec of a constant
exec("x = 1")
#@ neg eval of a folded constant
eval("1" + " + 1")
#@ neg import of a constant name
importlib.import_module("json")
#@ neg a method named eval
class M:
    def eval(self, x):
        return x
M().eval(input())
#@ pos a downloaded file run with runpy.run_path
import runpy, urllib.request
urllib.request.urlretrieve("http://203.0.113.5/p.py", "/tmp/p.py")
runpy.run_path("/tmp/p.py")
#@ pos a zip imported with zipimport
import zipimport
zipimport.zipimporter("/tmp/m.zip").load_module("m")
#@ pos a module loaded from a file path
import importlib.util
spec = importlib.util.spec_from_file_location("m", "/tmp/m.py")
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
#@ pos timeit of code read at run time
import sys, timeit
timeit.timeit(sys.stdin.read(), number=1)
#@ pos pdb.run of an argument
import pdb, sys
pdb.run(sys.argv[1])
#@ neg timeit of a function the program defines
import timeit
def work():
    return sum(range(10))
timeit.timeit(work, number=1)
timeit.timeit(lambda: work(), number=1)
#@ pos a temporary directory put on the import path
import importlib, sys, tempfile
d = tempfile.mkdtemp()
sys.path.insert(0, d)
importlib.import_module("helpers")
#@ pos /tmp on the import path
import sys
sys.path.append("/tmp")
#@ neg the script's own directory on the import path
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
#@ pos pydoc.locate of a name that does not fold
import pydoc, sys
pydoc.locate(sys.argv[1])("id")
