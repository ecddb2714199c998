#@ pos eval
print(eval(input()))
#@ pos exec of a built string
code = "print(" + "1)"
exec(code)
#@ pos through getattr of __builtins__
getattr(__builtins__, "ev" + "al")("1+1")
#@ pos through the builtins module dict
__builtins__.__dict__["ex" + "ec"]("x = 1")
#@ pos builtins module
import builtins
builtins.exec("y = 2")
#@ pos compile
c = compile("1+1", "<s>", "eval")
#@ pos alias of eval
run = eval
run("2")
#@ pos globals lookup
globals()["__builtins__"]
f = getattr(__builtins__, "lave"[::-1])
f("3")
#@ neg re.compile is not compile
import re
pattern = re.compile(r"\d+")
print(pattern.findall("a1b22"))
#@ neg a method named eval
class Model:
    def eval(self):
        return self
Model().eval()
#@ neg the program defines its own exec
def exec(x):
    return x
#@ neg ast.literal_eval
import ast
print(ast.literal_eval("[1, 2]"))
#@ pos in a list
[eval][0]("1")
#@ pos returned by a function
def pick():
    return exec
pick()("x = 1")
#@ pos timeit runs its statement as code
import timeit
timeit.timeit("sum(range(10))", number=1)
#@ pos a profiler runs its command as code
import cProfile
cProfile.run("print(1)")
#@ pos trace.Trace(...).run through an instance
import trace
t = trace.Trace(count=False)
t.run("print(1)")
#@ neg timeit of a function object, not a string
import timeit
timeit.timeit(lambda: sum(range(10)), number=1)
#@ pos code.InteractiveInterpreter runs a string
import code
code.InteractiveInterpreter().runsource("print(1)", "<s>", "exec")
#@ pos test.support runs a string in a sub-interpreter
from test import support
support.run_in_subinterp("print(1)")
#@ pos _xxsubinterpreters.run_string
import _xxsubinterpreters as interpreters
interpreters.run_string(interpreters.create(), "print(1)")
#@ neg a sub-interpreter made and destroyed, nothing run
import _xxsubinterpreters as interpreters
interpreters.destroy(interpreters.create())
