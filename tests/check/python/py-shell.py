#@ pos direct
import os
os.system("ls -l")
#@ pos module alias
import os as o
o.system("id")
#@ pos function imported under another name
from os import system as run_it
run_it("id")
#@ pos star import
from subprocess import *
check_output(["uname", "-a"])
#@ pos assigned to a variable
import subprocess
launcher = subprocess.Popen
launcher(["sh"])
#@ pos dynamic import of a concatenated name
__import__("sub" + "process").run(["id"])
#@ pos getattr with a folded name
import os
getattr(os, "sys" + "tem")("id")
#@ pos module found through sys.modules
import sys
sys.modules["os"].popen("id")
#@ pos importlib
import importlib
sp = importlib.import_module("subprocess")
sp.call(["ls"])
#@ pos exec family
import os
os.execvp("sh", ["sh"])
#@ pos reversed string
import os
getattr(os, "metsys"[::-1])("id")
#@ pos pty
import pty
pty.spawn("/bin/sh")
#@ neg os.path functions
import os
print(os.path.join("a", "b"), os.getcwd())
#@ neg a method called system on another object
class Machine:
    def system(self, x):
        return x
m = Machine()
m.system("fine")
#@ neg the words in strings and comments
# os.system("rm -rf /") would be bad
print("subprocess.run is documented at docs.python.org")
#@ neg subprocess constants only
import subprocess
print(subprocess.PIPE)
