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
