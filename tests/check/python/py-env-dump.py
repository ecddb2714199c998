#@ pos print the environment
import os
print(os.environ)
#@ pos items
import os
for k, v in os.environ.items():
    print(k, v)
#@ pos imported name
from os import environ
print(dict(environ))
#@ pos copy
import os
env = os.environ.copy()
#@ neg one variable
import os
print(os.environ.get("HOME"), os.environ["PATH"], os.getenv("USER"))
#@ neg setting one
import os
os.environ["LANG"] = "C"
#@ neg variables kept by a constant prefix
import os
settings = {k[4:]: v for k, v in os.environ.items() if k.startswith("APP_")}
#@ neg the environment bound to a name and tested, only a key read
import os
def get(name, env=None):
    env = os.environ if env is None else env
    return env[name]
#@ pos an empty prefix keeps every variable
import os
everything = {k: v for k, v in os.environ.items() if k.startswith("")}
#@ pos a filter on the values keeps every set variable
import os
kept = [k + "=" + v for k, v in os.environ.items() if v]
#@ pos os.environ._data
import os
print(os.environ._data)
#@ neg a copy changed and given to git as its env
import os, subprocess
env = os.environ.copy()
env["GIT_TERMINAL_PROMPT"] = "0"
env.update({"LC_ALL": "C"})
env.pop("GIT_DIR", None)
if "HOME" not in env:
    env.setdefault("HOME", "/tmp")
subprocess.run(["git", "status"], env=env)
#@ neg dict(os.environ, ...) and {**os.environ, ...} as a child's env
import asyncio, os, subprocess
subprocess.run(["pytest", "-q"], env=dict(os.environ, PYTHONHASHSEED="0"))
subprocess.Popen(["npm", "ci"], env={**os.environ, "CI": "true"})
asyncio.run(asyncio.create_subprocess_exec("make", env=(os.environ.copy())))
#@ neg the environment given to os.execvpe, os.spawnve, os.posix_spawn
import os
os.spawnve(os.P_WAIT, "/usr/bin/git", ["git", "status"], os.environ.copy())
os.posix_spawn("/usr/bin/git", ["git", "status"], dict(os.environ, LANG="C"))
env = dict(os.environ)
env["LANG"] = "C"
os.execvpe("git", ["git", "log"], env)
#@ neg a helper builds the env, its callers give it to children
import os, subprocess
def child_env(extra):
    env = os.environ.copy()
    env.update(extra)
    return env
def run(cmd, env):
    return subprocess.run(cmd, env=env)
run(["git", "status"], child_env({"X": "1"}))
subprocess.call(["make"], env=child_env({}))
#@ pos a child's env also printed
import os, subprocess
env = os.environ.copy()
subprocess.run(["git", "status"], env=env)
print(env)
#@ pos a child's env iterated
import os, subprocess
env = dict(os.environ, X="1")
subprocess.run(["git", "status"], env=env)
lines = [k + "=" + v for k, v in env.items()]
#@ pos the env given to a function of the program's that is not a program start
import os
def start(cmd, env=None):
    return env
start(["git"], env=os.environ.copy())
#@ pos a helper's env returned and also printed by one caller
import os, subprocess
def child_env():
    return {**os.environ, "X": "1"}
subprocess.run(["git"], env=child_env())
print(child_env())
#@ pos the env at a position os.execve does not take it
import os
os.spawnve(os.P_WAIT, "/usr/bin/git", os.environ.copy(), {})
#@ pos the name declared global, and read elsewhere
import os, subprocess
def setup():
    global env
    env = os.environ.copy()
    subprocess.run(["git"], env=env)
#@ pos a child's env in a program that reads its variables by name (globals)
import os, subprocess
env = os.environ.copy()
subprocess.run(["git"], env=env)
print(globals()["env"])
#@ pos a child's env in a function whose locals() are printed
import os, subprocess
def f():
    env = {**os.environ, "X": "1"}
    subprocess.run(["git"], env=env)
    print(locals())
#@ neg a method builds the env, its calls give it to git, or None
import os, subprocess
class Repo:
    def _env(self):
        env = os.environ.copy()
        env["GIT_TERMINAL_PROMPT"] = "0"
        return env
    def git(self, *args, plain=False):
        return subprocess.run(["git", *args], env=None if plain else self._env())
Repo().git("status")
#@ pos a method's env also printed by a caller
import os, subprocess
class Repo:
    def _env(self):
        return dict(os.environ, X="1")
    def git(self):
        subprocess.run(["git", "status"], env=self._env())
    def show(self):
        print(self._env())
#@ neg an attribute of a plain class holds the env, given to git
import os, subprocess
class Runner:
    def __init__(self):
        self.env = os.environ.copy()
        self.env["GIT_TERMINAL_PROMPT"] = "0"
    def git(self, *args):
        return subprocess.run(["git", *args], env=self.env)
Runner().git("status")
#@ pos the attribute also printed
import os, subprocess
class Runner:
    def __init__(self):
        self.env = os.environ.copy()
        subprocess.run(["git"], env=self.env)
print(Runner().env)
#@ pos the attribute of a dataclass, whose repr has it
import os, subprocess, dataclasses
@dataclasses.dataclass
class Runner:
    env: dict = None
    def setup(self):
        self.env = os.environ.copy()
        subprocess.run(["git"], env=self.env)
#@ pos the attribute of a class with a base (its methods may read it)
import os, subprocess
class Runner(dict):
    def setup(self):
        self.env = os.environ.copy()
        subprocess.run(["git"], env=self.env)
#@ pos os.environ._data through a name, printed
import os
raw = os.environ._data
print(dict(raw))
#@ neg another object's _data
class Box:
    def __init__(self):
        self._data = {}
b = Box()
print(b._data)
#@ pos the copy method handed to a dataclass field
import dataclasses, os
@dataclasses.dataclass
class Ctx:
    env: dict = dataclasses.field(default_factory=os.environ.copy)
#@ pos the items method kept in a table of probes
import os
probes = {"env": os.environ.items}
#@ pos the copy method submitted to an executor
import os
from concurrent.futures import ThreadPoolExecutor
ThreadPoolExecutor().submit(os.environ.copy).result()
#@ neg one variable's getter handed on
import os
names = list(map(os.environ.get, ["HOME", "USER"]))
#@ pos ps's BSD e prints the process's environment
import os, subprocess
subprocess.run(["ps", "eww", "-p", str(os.getpid())])
#@ pos ps e after other words
import subprocess
subprocess.check_output(["/bin/ps", "-ww", "-p", "1", "axe"])
#@ neg ps -e lists every process, and a format word after -o
import subprocess
subprocess.run(["ps", "-eo", "pid,etime,args"])
subprocess.run(["ps", "-o", "user", "-p", "1"])
#@ pos wsgiref's read_environ
from wsgiref.handlers import read_environ
print(read_environ())
#@ pos a wsgiref handler's os_environ
from wsgiref import handlers
print(dict(handlers.SimpleHandler.os_environ))
#@ pos a CGI handler hands the environment to its app
from wsgiref.handlers import CGIHandler
CGIHandler().run(lambda e, s: [repr(e).encode()])
#@ neg wsgiref's test defaults and its server
from wsgiref.util import setup_testing_defaults
from wsgiref.simple_server import make_server
env = {}
setup_testing_defaults(env)
