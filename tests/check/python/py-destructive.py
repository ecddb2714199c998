#@ pos rmtree of the root
import shutil
shutil.rmtree("/")
#@ pos home
import shutil as sh
sh.rmtree("~")
#@ pos folded
import shutil
shutil.rmtree("/" + "etc")
#@ neg a build directory
import shutil
shutil.rmtree("build/tmp")
shutil.rmtree("/tmp/work")
#@ pos rmtree of expanduser('~')
import os, shutil
shutil.rmtree(os.path.expanduser("~"))
#@ pos rmtree of $HOME read from the environment
import os, shutil
shutil.rmtree(os.environ["HOME"])
#@ pos rmtree of os.getenv("HOME")
import os, shutil
shutil.rmtree(os.getenv("HOME"))
#@ pos rmtree of Path("~").expanduser()
import pathlib, shutil
shutil.rmtree(pathlib.Path("~").expanduser())
#@ pos the home directory emptied file by file through rglob
import pathlib
for p in sorted(pathlib.Path.home().rglob("*"), reverse=True):
    p.unlink() if p.is_file() else p.rmdir()
#@ pos the root walked and every file removed
import os
for d, _, files in os.walk("/"):
    for f in files:
        os.remove(os.path.join(d, f))
#@ pos a recursive glob of the home directory, each match deleted
import glob, os
for f in glob.glob(os.path.expanduser("~") + "/**", recursive=True):
    os.unlink(f)
#@ neg compiled files of the project removed through rglob
import pathlib
for p in pathlib.Path(".").rglob("*.pyc"):
    p.unlink()
#@ neg a build directory walked and emptied
import os
for d, _, files in os.walk("build"):
    for f in files:
        os.remove(os.path.join(d, f))
#@ neg the home directory walked to add up sizes
import os
total = 0
for d, _, files in os.walk(os.path.expanduser("~")):
    total += sum(os.path.getsize(os.path.join(d, f)) for f in files)
print(total)
#@ pos system directories removed one after another in a loop
import shutil
for d in ("/home", "/root", "/etc"):
    shutil.rmtree(d, ignore_errors=True)
#@ neg the program's own build directories removed in a loop
import shutil
for d in ("build", "dist", ".pytest_cache"):
    shutil.rmtree(d, ignore_errors=True)
#@ pos a function of the program's own that empties the directory it is given, given the home directory
import os
def empty(d):
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
empty(os.path.expanduser("~"))
#@ neg the same function given its own cache directory
import os
def empty(d):
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
empty(os.path.expanduser("~/.cache/myapp"))
#@ pos rmtree of the home directory bound by functools.partial
import functools, os, shutil
wipe = functools.partial(shutil.rmtree, os.path.expanduser("~"))
#@ pos rmtree of the home directory run by weakref.finalize
import pathlib, shutil, weakref
class S: pass
s = S()
weakref.finalize(s, shutil.rmtree, pathlib.Path.home())
#@ pos a TemporaryDirectory pointed at the home directory
import os, tempfile
t = tempfile.TemporaryDirectory()
t.name = os.environ["HOME"]
t.cleanup()
#@ neg rmtree of the program's own scratch directory run at exit
import atexit, shutil, tempfile
scratch = tempfile.mkdtemp()
atexit.register(shutil.rmtree, scratch, True)
#@ pos the root reached by going up from the home directory
import pathlib, shutil
shutil.rmtree(pathlib.Path.home() / ".." / "..")
#@ pos the root reached by going up from a system directory
import shutil
shutil.rmtree("/etc/..", ignore_errors=True)
#@ neg a build directory's parent inside the project
import shutil
shutil.rmtree("/tmp/build/x/..")
#@ pos the home directory moved away
import os, shutil
shutil.move(os.path.expanduser("~"), "/tmp/h")
#@ pos the home directory's entries moved into a directory then removed
import shutil, tempfile
from pathlib import Path
work = tempfile.mkdtemp()
for entry in Path.home().iterdir():
    shutil.move(str(entry), work)
shutil.rmtree(work)
#@ pos the home directory's entries renamed away
from pathlib import Path
for p in Path.home().iterdir():
    p.rename("/tmp/x/" + p.name)
#@ neg files of the program's own build directory moved
import shutil, os
for name in os.listdir("build"):
    shutil.move(os.path.join("build", name), "dist")
#@ neg names under home listed and printed
from pathlib import Path
for p in Path.home().iterdir():
    print(p.name.replace("_", " "))
#@ pos Path.home() renamed away
from pathlib import Path
Path.home().rename("/tmp/h")
#@ neg a slash replaced in a string
name = "/".replace("/", "_")
#@ neg a file of the program's own renamed
from pathlib import Path
Path("out.tmp").rename("out.txt")
#@ pos the home directory of the user by name
import shutil, getpass
shutil.rmtree("/home/" + getpass.getuser())
#@ neg a directory inside a user's home
import shutil, getpass
shutil.rmtree("/home/" + getpass.getuser() + "/build/tmp")
#@ pos TemporaryDirectory's private _rmtree on the home directory
import os, tempfile
tempfile.TemporaryDirectory._rmtree(os.environ.get("HOME") or os.path.expanduser("~"))
#@ pos home by a choice between two spellings of it
import os, shutil
target = os.environ["HOME"] if os.name == "posix" else os.path.expanduser("~")
shutil.rmtree(target)
#@ neg a choice between a temporary directory and home
import os, shutil, tempfile
target = tempfile.mkdtemp() if os.name == "posix" else os.path.expanduser("~")
shutil.rmtree(target)
#@ pos home from the password database
import os, pwd, shutil
shutil.rmtree(pwd.getpwuid(os.getuid()).pw_dir)
#@ pos home through realpath, expandvars, dirname and os.sep
import os, shutil
shutil.rmtree(os.path.realpath(os.path.expandvars("${HOME}")))
shutil.rmtree(os.path.dirname(os.path.expanduser("~/.bashrc")) + os.sep)
#@ pos home in an f-string
import os, shutil
home = os.path.expanduser("~")
shutil.rmtree(f"{home}/")
#@ neg a build directory under home in an f-string
import os, shutil
shutil.rmtree(f"{os.path.expanduser('~')}/.cache/myapp/build", ignore_errors=True)
#@ neg the parent of a temporary file
import os, shutil, tempfile
shutil.rmtree(os.path.dirname(os.path.join(tempfile.mkdtemp(), "x.txt")))
#@ pos a helper whose default argument is the home directory, called without it
import os, shutil
def tidy(target=os.path.expandvars("${HOME}")):
    shutil.rmtree(target, ignore_errors=True)
tidy()
#@ pos a keyword-only default of the root, called without it
import shutil
def wipe(*, top: str = "/"):
    shutil.rmtree(top)
wipe()
#@ neg a default of home overridden by every call
import os, shutil
def tidy(target=os.path.expanduser("~")):
    shutil.rmtree(target, ignore_errors=True)
tidy("build")
#@ neg a default of a cache directory under home
import os, shutil
def tidy(target=os.path.expanduser("~/.cache/myapp")):
    shutil.rmtree(target, ignore_errors=True)
tidy()
#@ pos the home directory spelled as character codes through map(chr)
import os, shutil
shutil.rmtree(os.path.expanduser("".join(map(chr, [126]))))
#@ pos the root as bytes of a constant list, decoded
import shutil
shutil.rmtree(bytes([0x2f]).decode())
#@ pos the root through a translation table of constants
import shutil
T = str.maketrans("x", "/")
shutil.rmtree("x".translate(T))
#@ neg a build directory spelled through map(chr)
import shutil
shutil.rmtree("".join(map(chr, [98, 117, 105, 108, 100])))
#@ pos setuptools' distutils remove_tree of the home directory
import os
from setuptools._distutils import dir_util
dir_util.remove_tree(os.path.expanduser("~"))
#@ neg remove_tree of the program's own build directory
from setuptools._distutils import dir_util
dir_util.remove_tree("build")
#@ pos the anchor of the interpreter's prefix deleted
import shutil, sys
from pathlib import Path
shutil.rmtree(Path(sys.prefix).anchor)
#@ pos the last of a file's parents, through a loop over a list
import shutil
from pathlib import Path
for d in [Path("build"), Path(__file__).resolve().parents[-1]]:
    shutil.rmtree(d)
#@ pos a parameter's default, the function handed to atexit
import atexit, shutil
def purge(path="/home"):
    shutil.rmtree(path)
atexit.register(purge)
#@ pos a dict's value by key
import os, shutil
TARGETS = {"build": "build", "cache": os.path.expanduser("~")}
shutil.rmtree(TARGETS["cache"])
#@ pos a directory among a helper's *args
import os, shutil
def wipe(*dirs):
    for d in dirs:
        shutil.rmtree(d)
wipe("build", os.path.expanduser("~"))
#@ neg a helper's *args of build directories
import shutil
def wipe(*dirs):
    for d in dirs:
        shutil.rmtree(d)
wipe("build", "dist")
#@ neg the parent of a temporary directory's child
import shutil, tempfile
from pathlib import Path
shutil.rmtree(Path(tempfile.mkdtemp()) / "x")
#@ pos home directory carried in an exception's args
import os, shutil
class Stale(Exception):
    pass
def check():
    raise Stale(os.path.expanduser("~"))
try:
    check()
except Stale as err:
    shutil.rmtree(err.args[0])
#@ pos root carried as an exception's message
import shutil
class Bad(Exception):
    pass
try:
    raise Bad("/")
except Bad as e:
    shutil.rmtree(str(e))
#@ neg build directory carried in an exception
import shutil
class Stale(Exception):
    pass
try:
    raise Stale("build/cache")
except Stale as err:
    shutil.rmtree(err.args[0])
#@ pos the home made the working directory, then "." deleted
import os, shutil
os.chdir(os.path.expanduser("~"))
shutil.rmtree(".")
#@ pos a link to the home deleted through a trailing slash
import os, shutil
from pathlib import Path
os.symlink(Path.home(), "build/cache")
shutil.rmtree("build/cache/")
#@ neg a daemon leaves its directory, and cleans its own cache
import os, shutil
os.chdir("/")
shutil.rmtree("/var/cache/mydaemon/tmp", ignore_errors=True)
#@ neg the home made the working directory, nothing deleted
import os, subprocess
os.chdir(os.path.expanduser("~"))
subprocess.run(["git", "status"])
#@ pos a directory from the environment whose default is the home
import os, shutil
from pathlib import Path
shutil.rmtree(os.environ.get("WORK_DIR", str(Path.home())))
#@ pos ... through a function of the program's, and the working directory
import os, shutil
from pathlib import Path
def root():
    return Path(os.getenv("ROOT", Path.home()))
os.chdir(root())
for name in os.listdir("."):
    shutil.rmtree(name)
#@ neg a build directory from the environment, its default the program's
import os, shutil
shutil.rmtree(os.environ.get("BUILD_DIR", "build"), ignore_errors=True)
#@ pos the home directory emptied in a list comprehension over rglob
import pathlib
[p.unlink() for p in pathlib.Path.home().rglob("*") if p.is_file()]
#@ pos the home directory emptied in a generator over glob.glob
import glob, os
any(os.remove(f) for f in glob.glob(os.path.expanduser("~/*")))
#@ neg a comprehension that cleans its own build directory
import glob, os
[os.remove(f) for f in glob.glob("build/*.o")]
#@ pos a cache root read back from the settings file it wrote
import json, os, shutil
open("s.json", "w").write(json.dumps({"cache": "~"}))
cfg = json.load(open("s.json"))
shutil.rmtree(os.path.expanduser(cfg["cache"]))
#@ neg Path() of the home and a cache directory
import shutil
from pathlib import Path
shutil.rmtree(Path(Path.home(), ".cache", "tool"))
#@ pos rmtree mapped over a one-item list of the home
import collections, shutil
from pathlib import Path
collections.deque(map(shutil.rmtree, [Path.home()]), maxlen=0)
#@ neg rmtree mapped over the program's build directories
import shutil
list(map(shutil.rmtree, ["build", "dist"]))
#@ pos a thread given rmtree and the home apart
import shutil, threading
from pathlib import Path
threading.Thread(target=shutil.rmtree, args=(Path.home(),)).start()
#@ pos a process given rmtree and / in a list
import multiprocessing, shutil
multiprocessing.Process(target=shutil.rmtree, args=["/"]).start()
#@ neg a thread removing the project's build directory
import shutil, threading
threading.Thread(target=shutil.rmtree, args=("build",)).start()
#@ pos the parent of an environment lookup's default (~/.cache), stripped
import os, shutil
root = os.environ.get("XDG_CACHE_HOME", os.path.join(os.path.expanduser("~"), ".cache"))
shutil.rmtree(os.path.dirname(root.rstrip(os.sep)))
#@ pos .parent.parent of a Path of an environment lookup's default
import os, shutil
from pathlib import Path
def data_home():
    return Path(os.getenv("XDG_DATA_HOME", str(Path.home() / ".local" / "share")))
shutil.rmtree(data_home().parent.parent)
#@ pos os.pardir joined to a directory of the home, normalised
import os, shutil
cfg = os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config"))
shutil.rmtree(os.path.normpath(os.path.join(cfg, os.pardir)))
#@ pos a directory of the home and ".." twice: the directory of homes
import os, shutil
shutil.rmtree(os.path.expanduser("~/.cache") + "/../..")
#@ neg the project's build directory found through ".."
import os, shutil
shutil.rmtree(os.path.join(os.path.expanduser("~/src/app/docs"), "..", "build"))
#@ neg a cache directory of the environment's default, not its parent
import os, shutil
root = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
shutil.rmtree(os.path.join(root.rstrip("/"), "myapp"))
#@ pos os.remove mapped over a glob of the home
import glob, os
list(map(os.remove, glob.glob(os.path.expanduser("~/*"))))
#@ pos shutil.rmtree as filter's predicate over the home's entries
import shutil
from pathlib import Path
any(filter(shutil.rmtree, Path.home().iterdir()))
#@ pos os.unlink mapped over the files of os.scandir of the home
import collections, os
collections.deque(map(os.unlink, filter(os.DirEntry.is_file, os.scandir(os.path.expanduser("~")))), maxlen=0)
#@ neg compiled files of the project removed through map
import glob, os
list(map(os.remove, glob.glob("build/**/*.pyc", recursive=True)))
#@ pos the home written to a JSON file as a bare value and read back
import json, shutil
from pathlib import Path
with open("state.json", "w") as fh:
    json.dump(str(Path.home()), fh)
with open("./state.json") as fh:
    target = json.load(fh)
shutil.rmtree(target)
#@ pos the home written as text and read back through another Path
import os, shutil
from pathlib import Path
Path(os.path.join("build", "PREFIX")).write_text(os.path.expanduser("~"))
shutil.rmtree((Path("build") / "PREFIX").read_text().strip())
#@ neg the project's build directory written to a file and read back
import json, shutil
with open("state.json", "w") as fh:
    json.dump("build/cache", fh)
with open("state.json") as fh:
    shutil.rmtree(json.load(fh))
#@ neg a file read back that the program wrote other things to
import shutil
from pathlib import Path
Path("a.txt").write_text(str(Path.home()))
shutil.rmtree(Path("b.txt").read_text())
#@ pos the home stored under a key kept in a constant, read back by it
import os, shutil
KEY = "target"
cfg = {}
def setup():
    cfg[KEY] = os.path.expanduser("~")
setup()
shutil.rmtree(cfg[KEY])
#@ pos a class attribute as the key of setdefault, read back by it
import os, shutil
class K:
    ROOT = "ro" + "ot"
s = {}
s.setdefault(K.ROOT, os.environ["HOME"])
shutil.rmtree(s[K.ROOT])
#@ neg a constant key holding the home, a cache under it removed
import os, shutil
HOME, CACHE = "home", "cache"
cfg = {HOME: os.path.expanduser("~")}
cfg[CACHE] = os.path.join(cfg[HOME], ".cache", "tool")
shutil.rmtree(cfg[CACHE])
#@ neg a key's value copied from the same key of a file read back
import json, shutil
report = json.load(open("r.json"))
out = {"dir": report.get("dir", "build")}
shutil.rmtree(out["dir"])
#@ pos the home kept on an object and returned by its method
import os, shutil
class Job:
    def __init__(self, p):
        self.p = p
    def path(self):
        return self.p
shutil.rmtree(Job(os.path.expanduser("~")).path())
#@ pos the home kept on an object, returned by a property of a name bound to it
import os, shutil
class Job:
    def __init__(self, p):
        self.p = p
    @property
    def target(self):
        return self.p
job = Job(os.environ["HOME"])
shutil.rmtree(job.target)
#@ pos the home kept on an object and removed by its own method
import os, shutil
class Sweeper:
    def __init__(self, root):
        self.root = root
    def sweep(self):
        shutil.rmtree(self.root)
Sweeper(os.path.expanduser("~")).sweep()
#@ neg an object's method returns a build directory under its root
import os, shutil
class Project:
    def __init__(self, root):
        self.root = root
    def build_dir(self):
        return os.path.join(self.root, "build")
shutil.rmtree(Project(os.getcwd()).build_dir())
#@ pos a lambda that deletes its parameter, called with the home
import os, shutil
wipe = lambda p: shutil.rmtree(p)
wipe(os.path.expanduser("~"))
#@ pos a function's lambda called with the home as a keyword
import shutil
from pathlib import Path
def main():
    tidy = lambda path, quiet=True: shutil.rmtree(path, ignore_errors=quiet)
    tidy(path=str(Path.home()))
main()
#@ neg a lambda that deletes its parameter, called with build directories
import shutil
wipe = lambda p: shutil.rmtree(p, ignore_errors=True)
wipe("build")
wipe("dist")
#@ pos a lambda mapped over a list whose second item is the home
import os, shutil
list(map(lambda d: shutil.rmtree(d), ["build", os.path.expanduser("~")]))
#@ neg a lambda mapped over the project's cache directories
import shutil
list(map(lambda d: shutil.rmtree(d, ignore_errors=True), [".mypy_cache", "build"]))
#@ pos a lambda kept in a table and called through it with the home
import os, shutil
OPS = {"reset": lambda d: shutil.rmtree(d)}
OPS["reset"](os.path.expanduser("~"))
#@ neg a lambda kept in a table and called through it with a build directory
import shutil
OPS = {"clean": lambda d: shutil.rmtree(d, ignore_errors=True)}
OPS["clean"]("build")
#@ pos an option named root whose default is the home, removed
import argparse, shutil
from pathlib import Path
ap = argparse.ArgumentParser()
ap.add_argument("--root", default=str(Path.home()))
args = ap.parse_args()
shutil.rmtree(args.root)
#@ pos the options parsed in a function of the program, their default the home
import argparse, os, shutil
def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", dest="parent", default=os.path.expanduser("~"))
    return ap.parse_args()
opts = parse()
shutil.rmtree(opts.parent)
#@ neg an option named root whose default is the program's build directory
import argparse, shutil
def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="build")
    return ap.parse_args()
args = parse()
shutil.rmtree(args.root)
#@ pos files under an environment default of the home, removed one by one
import os
from pathlib import Path
for p in Path(os.environ.get("WORKDIR", str(Path.home()))).rglob("*"):
    p.unlink()
#@ pos a walk of an option whose default is an environment default of the home
import argparse, os
ap = argparse.ArgumentParser()
ap.add_argument("--top", default=os.getenv("TOP", os.path.expanduser("~")))
args = ap.parse_args()
for d, _, fs in os.walk(args.top, topdown=False):
    for f in fs:
        os.remove(os.path.join(d, f))
#@ neg a walk of an environment default that is the program's own build directory
import os
for d, _, fs in os.walk(os.environ.get("OUT", "build")):
    for f in fs:
        os.remove(os.path.join(d, f))
#@ pos a lambda fetched from a table with .get() and given the home
import os, shutil
OPS = {"reset": lambda d: shutil.rmtree(d), "noop": lambda d: None}
OPS.get("reset")(os.path.expanduser("~"))
#@ neg a lambda fetched with .get() and given the program's build directory
import shutil
OPS = {"clean": lambda d: shutil.rmtree(d)}
OPS.get("clean")("build")
#@ pos a @dataclass field given the home by position, removed
import os, shutil
from dataclasses import dataclass
@dataclass
class Job:
    name: str
    workspace: str
job = Job("n", os.path.expanduser("~"))
shutil.rmtree(job.workspace)
#@ neg a @dataclass field given the program's own build directory
import shutil
from dataclasses import dataclass
@dataclass
class Job:
    name: str
    workspace: str = "build"
shutil.rmtree(Job("n").workspace)
#@ pos a function's tuple return unpacked into names, the home removed
import os, shutil
def plan():
    home = os.path.expanduser("~")
    return "purge", home
action, target = plan()
shutil.rmtree(target)
#@ neg a function's tuple return unpacked, the program's build directory removed
import shutil
def plan():
    return "clean", "build"
action, target = plan()
shutil.rmtree(target)
#@ pos a function returning in two places, one the home, removed
import os, shutil
def cache_root():
    if os.environ.get("CI"):
        return "/tmp/ci-cache"
    return os.path.expanduser("~")
shutil.rmtree(cache_root())
#@ neg a function returning in two places, both the program's own directories
import os, shutil
def cache_root():
    if os.environ.get("CI"):
        return "/tmp/ci-cache"
    return "build/cache"
shutil.rmtree(cache_root())
#@ pos a match statement's mapping capture given the home
import shutil
from pathlib import Path
job = {"op": "purge", "target": Path.home()}
match job:
    case {"op": "purge", "target": victim}:
        shutil.rmtree(victim)
#@ neg a match statement's mapping capture given the build directory
import shutil
job = {"op": "clean", "target": "build"}
match job:
    case {"op": "clean", "target": victim}:
        shutil.rmtree(victim)
#@ pos a match capture walked through Path() and emptied file by file
from pathlib import Path
config = {"root": str(Path.home())}
match config:
    case {"root": root}:
        for p in Path(root).rglob("*"):
            p.unlink()
#@ pos a ContextVar set to the home and read back with .get()
import contextvars, shutil
from pathlib import Path
workdir = contextvars.ContextVar("workdir")
workdir.set(Path.home())
shutil.rmtree(workdir.get())
#@ pos a queue's put of the home taken back with .get()
import queue, shutil, os
q = queue.Queue()
q.put(os.path.expanduser("~"))
shutil.rmtree(q.get())
#@ neg a queue's put of the build directory taken back with .get()
import queue, shutil
q = queue.Queue()
q.put("build")
shutil.rmtree(q.get())
#@ pos __reduce_ex__ returning rmtree and the home, for copy to call
import copy, os, shutil
class S:
    def __init__(self, root):
        self.root = root
    def __reduce_ex__(self, protocol):
        return (shutil.rmtree, (self.root,))
copy.deepcopy(S(os.path.expanduser("~")))
#@ neg __reduce__ returning the class and its fields
import copy
class P:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        return (P, (self.x,))
copy.deepcopy(P(1))
#@ pos an f-string's format spec "~" handed to __format__, which removes it
import os, shutil
class Purger:
    def __format__(self, spec):
        shutil.rmtree(os.path.expanduser(spec))
        return "done"
print(f"{Purger():~}")
#@ neg an f-string's format spec of numbers handed to __format__
import shutil
class Money:
    def __format__(self, spec):
        return format(12.5, spec)
print(f"{Money():>10.2f}")
#@ pos a generator that yields the home, each item removed
import os, shutil
def stale():
    yield "/tmp/tool-cache"
    yield os.path.expanduser("~")
for d in stale():
    shutil.rmtree(d)
#@ pos an item awaited off an asyncio queue, the home put there
import asyncio, shutil
from pathlib import Path
async def main():
    q = asyncio.Queue()
    await q.put(Path.home())
    p = await q.get()
    shutil.rmtree(p)
asyncio.run(main())
#@ neg a generator that yields the program's own build directories
import shutil
def stale():
    yield "build"
    yield from ["dist", ".pytest_cache"]
for d in stale():
    shutil.rmtree(d)
#@ pos a dataclass field(default=...) holding the home, the object handed to a function
import os, shutil
from dataclasses import dataclass, field
@dataclass
class Retention:
    name: str = "cache"
    root: str = field(default=os.path.expanduser("~"))
def apply(policy):
    shutil.rmtree(policy.root)
apply(Retention())
#@ pos a dataclass field(default_factory=lambda: home), removed
import shutil
from dataclasses import dataclass, field
from pathlib import Path
@dataclass
class Workspace:
    base: Path = field(default_factory=lambda: Path.home())
ws = Workspace()
shutil.rmtree(ws.base)
#@ neg a dataclass field(default=...) holding the program's build directory
import shutil
from dataclasses import dataclass, field
@dataclass
class Build:
    out: str = field(default="build")
def clean(cfg):
    shutil.rmtree(cfg.out)
clean(Build())
#@ pos a lambda fetched with .get() in a loop whose key changes, given the home
import os, shutil
HOOKS = {"log": lambda p: print(p), "clean": lambda p: shutil.rmtree(p)}
for stage in ["log", "clean"]:
    hook = HOOKS.get(stage)
    hook(os.path.expanduser("~"))
#@ neg a lambda fetched in a loop, given the program's build directory
import shutil
HOOKS = {"log": lambda p: print(p), "clean": lambda p: shutil.rmtree(p)}
for stage in ["log", "clean"]:
    hook = HOOKS.get(stage)
    hook("build")
#@ pos a target chosen by a conditional, the home when no argument is given
import os, shutil, sys
target = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~")
shutil.rmtree(target)
#@ pos an option or the home (args.x or Path.home())
import argparse, shutil
from pathlib import Path
ap = argparse.ArgumentParser()
ap.add_argument("--workspace")
args = ap.parse_args()
shutil.rmtree(args.workspace or Path.home())
#@ pos a walk of a conditional root, through a parameter
import sys
from pathlib import Path
def reclaim(root):
    for d, ds, fs in root.walk(top_down=False):
        for f in fs:
            (d / f).unlink()
root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.home()
reclaim(root)
#@ neg a conditional between an argument and a build directory
import shutil, sys
shutil.rmtree(sys.argv[1] if len(sys.argv) > 1 else "build")
#@ pos rmtree of "." relative to a descriptor of the home
import os, shutil
fd = os.open(os.path.expanduser("~"), os.O_RDONLY)
shutil.rmtree(".", dir_fd=fd)
#@ pos rmtree of "" relative to a descriptor of /etc, opened in the call
import os, shutil
shutil.rmtree("", dir_fd=os.open("/etc", os.O_RDONLY))
#@ neg rmtree of build directories relative to the project's descriptor
import os, shutil
fd = os.open(os.getcwd(), os.O_RDONLY)
shutil.rmtree("build", dir_fd=fd)
#@ neg rmtree of a cache directory relative to a descriptor of the home
import os, shutil
fd = os.open(os.path.expanduser("~"), os.O_RDONLY)
shutil.rmtree(".cache/tool", dir_fd=fd)
#@ pos a path-like object whose __fspath__ is the home
import os, shutil
class Workspace:
    def __init__(self, name):
        self.name = name
    def __fspath__(self):
        base = os.environ.get("WS_BASE") or os.path.expanduser("~")
        return os.path.join(base, self.name)
shutil.rmtree(Workspace(""))
#@ neg a path-like object whose __fspath__ is a temporary build directory
import os, shutil, tempfile
class BuildDir:
    def __fspath__(self):
        return os.path.join(tempfile.gettempdir(), "mybuild")
shutil.rmtree(BuildDir())
#@ pos a configparser option interpolated to the home
import configparser, os, shutil
cfg = configparser.ConfigParser(defaults={"base": os.path.expanduser("~")})
cfg.read_string("[job]\nworkdir = %(base)s\n")
shutil.rmtree(cfg["job"]["workdir"])
#@ pos a ContextVar given two values, one of them the home
import contextvars, os, shutil
scope = contextvars.ContextVar("scope")
def build(): scope.set("build")
def user(): scope.set(os.path.expanduser("~"))
user()
shutil.rmtree(scope.get())
#@ neg a ContextVar given two build directories
import contextvars, shutil
scope = contextvars.ContextVar("scope")
def build(): scope.set("build")
def dist(): scope.set("dist")
build()
shutil.rmtree(scope.get())
#@ pos the first item of a function's tuple return, through a name
import os, shutil
def plan():
    return os.path.expanduser("~"), 3
p = plan()
shutil.rmtree(p[0])
#@ neg the first item of a function's tuple return, a build directory
import shutil
def plan():
    return "build", 3
shutil.rmtree(plan()[0])
#@ pos a format spec given by format(obj, spec) to a __format__ that deletes it
import os, shutil
class Janitor:
    def __format__(self, spec):
        shutil.rmtree(os.path.expanduser(spec))
        return ""
format(Janitor(), "~")
#@ neg format(obj, spec) of a __format__ that pads
class Cell:
    def __format__(self, spec):
        return format("x", spec)
import shutil
format(Cell(), ">10")
#@ pos a lambda in a nested dictionary, called through both keys
import os, shutil
ACTIONS = {"cache": {"fn": lambda p: shutil.rmtree(p), "desc": "clear"}, "log": {"fn": print}}
ACTIONS["cache"]["fn"](os.path.expanduser("~"))
#@ neg the home given to another entry's lambda of a nested dictionary
import os, shutil
ACTIONS = {"cache": {"fn": lambda p: shutil.rmtree(p)}, "log": {"fn": lambda m: print(m)}}
ACTIONS["cache"]["fn"]("build")
ACTIONS["log"]["fn"](os.path.expanduser("~"))
#@ pos a SimpleNamespace's attribute given the home
import shutil, os
from types import SimpleNamespace
cfg = SimpleNamespace(root=os.path.expanduser("~"))
shutil.rmtree(cfg.root)
#@ neg a SimpleNamespace's attribute given a build directory
import shutil
from types import SimpleNamespace
cfg = SimpleNamespace(root="build")
shutil.rmtree(cfg.root)
#@ pos what a class's __enter__ returns, the home
import shutil
from pathlib import Path
class Area:
    def __enter__(self):
        return Path.home()
    def __exit__(self, *a):
        return False
with Area() as d:
    shutil.rmtree(d)
#@ neg what a class's __enter__ returns, a scratch directory
import shutil
class Area:
    def __enter__(self):
        return "/tmp/scratch"
    def __exit__(self, *a):
        return False
with Area() as d:
    shutil.rmtree(d)
#@ pos a class's __class_getitem__ given the home by C[...]
import shutil
from pathlib import Path
class Area:
    def __class_getitem__(cls, where):
        shutil.rmtree(where)
        return cls
Area[Path.home()]
#@ neg a class's __class_getitem__ given a cache directory
import shutil
class Area:
    def __class_getitem__(cls, where):
        shutil.rmtree(where)
        return cls
Area[".cache/thumbs"]
#@ pos each item a class's __iter__ yields, one the home
import shutil
from pathlib import Path
class Targets:
    def __iter__(self):
        yield Path("build")
        yield Path.home()
for t in Targets():
    shutil.rmtree(t)
#@ neg each item a class's __iter__ yields, build directories
import shutil
class Targets:
    def __init__(self):
        self.dirs = ["build", "dist"]
    def __iter__(self):
        return iter(self.dirs)
for t in Targets():
    shutil.rmtree(t)
#@ pos an attribute given the home by setattr in a loop over pairs
import shutil, os
class O:
    target = "build"
def apply(o, pairs):
    for k, v in pairs:
        setattr(o, k, v)
o = O()
apply(o, [("target", os.path.expanduser("~"))])
shutil.rmtree(o.target)
#@ neg an attribute given a build directory by setattr
import shutil
class O:
    target = "build"
o = O()
setattr(o, "target", "dist")
shutil.rmtree(o.target)
#@ pos a dictionary get's default, the home
import shutil, os
def purge(**kw):
    shutil.rmtree(kw.get("root", os.path.expanduser("~")))
#@ pos a conditional nested in a wrapper call, one side the home
import os, shutil, sys
spec = sys.argv[1] if len(sys.argv) > 1 else None
shutil.rmtree(os.path.expanduser(spec or "~"))
#@ neg a conditional nested in a wrapper call, a cache by default
import os, shutil, sys
spec = sys.argv[1] if len(sys.argv) > 1 else None
shutil.rmtree(os.path.expanduser(spec or "~/.cache/tool"))
#@ pos a str.format template's spec given to __format__, the home
import os, shutil
class Home:
    def __format__(self, spec):
        shutil.rmtree(os.path.expanduser(spec))
        return ""
print("{:~}".format(Home()))
#@ neg a str.format template's spec given to __format__, a cache
import os, shutil
class Home:
    def __format__(self, spec):
        shutil.rmtree(os.path.expanduser(spec))
        return ""
print("{:~/.cache/x}".format(Home()))
#@ pos what a class's __aenter__ returns, the home
import os, shutil
class Session:
    async def __aenter__(self):
        return os.path.expanduser("~")
    async def __aexit__(self, *a):
        return False
async def main():
    async with Session() as root:
        shutil.rmtree(root)
#@ pos an enum member's value, the home
import os, shutil
from enum import Enum
class Where(Enum):
    TMP = "/tmp/x"
    HOME = "~"
shutil.rmtree(os.path.expanduser(Where.HOME.value))
#@ neg an enum member's value, a scratch directory
import os, shutil
from enum import Enum
class Where(Enum):
    TMP = "/tmp/x"
    HOME = "~"
shutil.rmtree(os.path.expanduser(Where.TMP.value))
#@ pos a name a nested function rebinds through nonlocal, the home
import shutil
from pathlib import Path
def run():
    target = "/tmp/cache"
    def widen():
        nonlocal target
        target = str(Path.home())
    widen()
    shutil.rmtree(target)
#@ neg a name a nested function rebinds through nonlocal, a cache
import shutil
def run():
    target = "/tmp/cache"
    def widen():
        nonlocal target
        target = target + "-old"
    widen()
    shutil.rmtree(target)
#@ pos what a list's append gives its pop, the home
import shutil
from pathlib import Path
todo = []
todo.append(Path.home())
shutil.rmtree(todo.pop())
#@ neg what a list's append gives its pop, a temporary directory
import shutil, tempfile
todo = []
todo.append(tempfile.mkdtemp())
shutil.rmtree(todo.pop())
#@ pos what a dataclass's __post_init__ gives a field, the home
import shutil
from dataclasses import dataclass, field
from pathlib import Path
@dataclass
class Sweep:
    root: Path = field(init=False)
    def __post_init__(self):
        self.root = Path.home()
shutil.rmtree(Sweep().root)
#@ neg what a dataclass's __post_init__ gives a field, a temporary directory
import shutil, tempfile
from dataclasses import dataclass, field
@dataclass
class Sweep:
    label: str
    root: str = field(init=False)
    def __post_init__(self):
        self.root = tempfile.mkdtemp(prefix=self.label)
s = Sweep("nightly")
shutil.rmtree(s.root)
#@ pos rm -r on a loop's name, one of whose values is the home
import os, subprocess
for d in ["dist", os.path.expanduser("~")]:
    subprocess.run(["rm", "-rf", "--", d])
#@ pos rm -r on a match's capture of the home
import os, subprocess
req = {"path": os.path.expanduser("~")}
match req:
    case {"path": str(where)}:
        subprocess.run(["rm", "-r", "-f", where])
#@ neg rm -r on a loop's names, the build's own directories
import subprocess
for d in ["dist", "build"]:
    subprocess.run(["rm", "-rf", "--", d])
#@ neg rm without -r on a name that may be the home
import os, subprocess
for d in ["notes.txt", os.path.expanduser("~")]:
    subprocess.run(["rm", "-f", d])
#@ pos git clean -dx run in the home
import subprocess
from pathlib import Path
subprocess.run(["git", "clean", "-ffdx"], cwd=Path.home())
#@ pos find . -delete and rm -rf ./* run in the home
import os, subprocess
subprocess.run(["find", ".", "-delete"], cwd=os.environ["HOME"])
subprocess.run("rm -rf ./*", shell=True, cwd=os.path.expanduser("~"))
#@ neg the same commands run in a build directory
import subprocess
subprocess.run(["git", "clean", "-ffdx"], cwd="build")
subprocess.run(["find", ".", "-delete"], cwd="/tmp/out")
#@ neg an ordinary command run in the home
import subprocess
from pathlib import Path
subprocess.run(["git", "status"], cwd=Path.home())
subprocess.run(["ls", "-la", "."], cwd=Path.home())
#@ pos an enum member looked up by name, the home
import os, shutil
from enum import Enum
class Where(Enum):
    TMP = "/tmp/x"
    HOME = "~"
shutil.rmtree(os.path.expanduser(Where["HOME"].value))
#@ neg an enum member looked up by name, a temporary directory
import shutil
from enum import Enum
class Where(Enum):
    TMP = "/tmp/x"
    HOME = "~"
shutil.rmtree(Where["TMP"].value)
#@ pos a property's setter given the home
import shutil
from pathlib import Path
class W:
    @property
    def root(self):
        return None
    @root.setter
    def root(self, where):
        shutil.rmtree(where)
w = W()
w.root = Path.home()
#@ neg a property's setter given a build directory
import shutil
class W:
    @property
    def root(self):
        return None
    @root.setter
    def root(self, where):
        shutil.rmtree(where)
w = W()
w.root = "build/out"
#@ pos functions and paths paired by zip, the home deleted
import shutil
from pathlib import Path
for fn, p in zip([print, shutil.rmtree], ["start", Path.home()]):
    fn(p)
#@ pos functions and paths paired in tuples, the home deleted
import shutil
from pathlib import Path
for fn, p in [(print, "start"), (shutil.rmtree, Path.home())]:
    fn(p)
#@ neg functions and paths paired by zip, a build directory
import shutil
for fn, p in zip([print, shutil.rmtree], ["start", "build/tmp"]):
    fn(p)
#@ pos common path of two home directories
import os, shutil
shutil.rmtree(os.path.commonpath([os.path.expanduser("~/a/b"), os.path.expanduser("~/c")]))
#@ neg common path of two build directories
import os, shutil
shutil.rmtree(os.path.commonpath(["build/a", "build/b"]))
#@ pos what an io.StringIO was given
import io, shutil
from pathlib import Path
b = io.StringIO()
b.write(str(Path.home()))
shutil.rmtree(b.getvalue())
#@ pos an environment variable the program set
import os, shutil
os.environ["W"] = os.path.expanduser("~")
shutil.rmtree(os.environ["W"])
#@ neg an environment variable set to a temporary directory
import os, shutil, tempfile
os.environ["W"] = tempfile.mkdtemp()
shutil.rmtree(os.environ["W"])
#@ pos a partial's argument
import functools, shutil
from pathlib import Path
p = functools.partial(print, Path.home())
shutil.rmtree(p.args[0])
#@ pos a match group of a constant text
import os, re, shutil
m = re.search(r"dir=(\S+)", "dir=~ n=1")
shutil.rmtree(os.path.expanduser(m.group(1)))
#@ neg a match group naming a build directory
import re, shutil
m = re.search(r"dir=(\S+)", "dir=build n=1")
shutil.rmtree(m.group(1))
#@ pos dataclasses.replace giving the home
import dataclasses, shutil
from pathlib import Path
@dataclasses.dataclass
class C:
    root: Path = Path("/tmp/x")
c = dataclasses.replace(C(), root=Path.home())
shutil.rmtree(c.root)
#@ neg a dataclass whose home default is given another path
import shutil
from dataclasses import dataclass
from pathlib import Path
@dataclass
class C:
    root: Path = Path.home()
c = C(root=Path("build"))
shutil.rmtree(c.root)
#@ pos the home printed into a redirected buffer, then removed
import contextlib, io, os, shutil
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print(os.path.expanduser("~"), end="")
shutil.rmtree(buf.getvalue())
#@ neg a build directory printed into a redirected buffer
import contextlib, io, shutil
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("build", end="")
shutil.rmtree(buf.getvalue())
#@ pos the home's variable named in mathematical letters
import os, shutil
from unicodedata import normalize
shutil.rmtree(os.environ[normalize("NFKD", "𝐇𝐎𝐌𝐄")])
#@ pos the home selected from sqlite rows
import os, shutil, sqlite3
rows = sqlite3.connect(":memory:").execute("SELECT char(126)").fetchall()
shutil.rmtree(os.path.expanduser(rows[0][0]))
#@ pos the home selected by a cursor's execute, then fetched
import os, shutil, sqlite3
cur = sqlite3.connect(":memory:").cursor()
cur.execute("select char(126)")
shutil.rmtree(os.path.expanduser(cur.fetchone()[0]))
#@ neg a build directory selected by a cursor's execute
import shutil, sqlite3
cur = sqlite3.connect(":memory:").cursor()
cur.execute("select 'build'")
shutil.rmtree(cur.fetchone()[0])
#@ pos the home directory's files cut to nothing one by one
import os
for root, dirs, files in os.walk(os.path.expanduser("~")):
    for name in files:
        os.truncate(os.path.join(root, name), 0)
#@ pos every file under the home truncated through rglob
from pathlib import Path
for p in Path.home().rglob("*"):
    with p.open("r+b") as fh:
        fh.truncate()
#@ neg a build directory's logs truncated
import os
for root, dirs, files in os.walk("build/logs"):
    for name in files:
        os.truncate(os.path.join(root, name), 0)
#@ pos a user's home by name: expanduser("~" + getpass.getuser())
import getpass, os, shutil
shutil.rmtree(os.path.expanduser("~" + getpass.getuser()))
#@ pos a user's home by name in an f-string, Path.expanduser()
import os, pathlib, shutil
shutil.rmtree(pathlib.Path(f"~{os.getlogin()}").expanduser())
#@ pos the home through xml.sax.saxutils.unescape's entities
import os, shutil
from xml.sax.saxutils import unescape
shutil.rmtree(os.path.expanduser(unescape("&h;", {"&h;": "~"})))
#@ neg a directory below a user's home by name
import getpass, os, shutil
shutil.rmtree(os.path.expanduser("~" + getpass.getuser() + "/project/build"))
#@ neg a file named like ~.cache is not a home
import os, shutil
shutil.rmtree(os.path.expanduser("~.cache"))
#@ pos a user's home by the password database's name for the user
import os, pwd, shutil
shutil.rmtree(os.path.expanduser("~%s" % pwd.getpwuid(os.getuid()).pw_name))
#@ pos the home returned by a coroutine, run by asyncio.run
import asyncio, os, shutil
async def where():
    return os.path.expanduser("~")
shutil.rmtree(asyncio.run(where()))
#@ pos the home awaited inside a coroutine
import asyncio, pathlib, shutil
async def where():
    return pathlib.Path.home()
async def main():
    shutil.rmtree(await where())
asyncio.run(main())
#@ pos the home by a loop's run_until_complete
import asyncio, os, shutil
async def where():
    return os.path.expanduser("~")
shutil.rmtree(asyncio.new_event_loop().run_until_complete(where()))
#@ neg a temporary directory returned by a coroutine
import asyncio, shutil, tempfile
async def where():
    return tempfile.mkdtemp()
shutil.rmtree(asyncio.run(where()))
#@ pos a name a decorator lambda turns into the home
import os, shutil
@lambda fn: os.path.expanduser(fn.__doc__)
def target():
    "~"
shutil.rmtree(target)
#@ pos a function's docstring as the path
import os, shutil
def target():
    "~"
shutil.rmtree(os.path.expanduser(target.__doc__))
#@ neg a decorator lambda giving a build folder
import os, shutil
@lambda fn: os.path.join("build", fn.__doc__)
def target():
    "cache"
shutil.rmtree(target)
#@ pos another library's rmtree of the home directory
import os
from pip._internal.utils.misc import rmtree
rmtree(os.path.expanduser("~"))
#@ pos another library's rm_rf, aliased
from pathlib import Path
from _pytest.pathlib import rm_rf as wipe
wipe(Path.home())
#@ neg another library's rmtree of a scratch directory
import tempfile
from pip._internal.utils.misc import rmtree
rmtree(tempfile.mkdtemp())
#@ pos a method picked from a dictionary literal, in a loop over the home
import pathlib
for p in sorted({"f": pathlib.Path.home().rglob}["f"]("*"), reverse=True):
    {"f": p.unlink}["f"]() if {"f": p.is_file}["f"]() else {"f": p.rmdir}["f"]()
#@ pos a method handed through the program's identity function
import pathlib
def _id(f):
    return f
for p in sorted(_id(pathlib.Path.home().rglob)("*"), reverse=True):
    _id(p.unlink)() if _id(p.is_file)() else _id(p.rmdir)()
#@ neg a dictionary pick and an identity function over a build folder
import pathlib
def _id(f):
    return f
for p in sorted({"f": pathlib.Path("build").rglob}["f"]("*"), reverse=True):
    _id(p.unlink)() if p.is_file() else {"f": p.rmdir, "g": print}["f"]()
#@ pos a cookie's quoted value, an octal escape of ~
import os, shutil
from http.cookies import SimpleCookie
c = SimpleCookie('root="\\176"')
shutil.rmtree(os.path.expanduser(c["root"].value))
#@ neg a cookie's value naming a build folder
import shutil
from http.cookies import SimpleCookie
c = SimpleCookie('root="build"')
shutil.rmtree(c["root"].value)
#@ pos methods and attributes read through getattr with constant names
import shutil
from pathlib import Path
home = getattr(Path, "home")()
for p in sorted(getattr(home, "rglob")("*"), reverse=True):
    getattr(p, "unlink")() if getattr(p, "is_file")() else getattr(p, "rmdir")()
shutil.rmtree(getattr(getattr(home, "parent"), "anchor"))
#@ neg getattr with constant names over a build folder
from pathlib import Path
for p in getattr(Path("build"), "rglob")("*.pyc"):
    getattr(p, "unlink")()
#@ pos a class of string constants naming a table's keys
import os, shutil
class K:
    USER = "user"
    TMP = "tmp"
PLACES = {K.TMP: "/tmp/x", K.USER: os.path.expanduser("~")}
shutil.rmtree(PLACES[K.USER])
#@ neg a class of string constants naming build folders
import shutil
class K:
    OUT = "out"
    DOCS = "docs"
PLACES = {K.DOCS: "docs/_build", K.OUT: "build/out"}
shutil.rmtree(PLACES[K.OUT])
#@ pos a name bound again to the home directory
import shutil, os
p = "build"
p = os.path.expanduser("~")
shutil.rmtree(p)
#@ pos a name bound again under an if
import shutil, os
p = "build"
if os.environ.get("X"):
    p = os.path.expanduser("~")
shutil.rmtree(p)
#@ pos a class attribute bound again after the class
import shutil, os
class K:
    PATH = "build"
K.PATH = os.path.expanduser("~")
shutil.rmtree(K.PATH)
#@ pos a class attribute set by a function given the class
import shutil, os
class K:
    PATH = "build"
def setup(k):
    k.PATH = os.path.expanduser("~")
setup(K)
shutil.rmtree(K.PATH)
#@ neg a name bound to one build directory then another
import shutil, os
p = "build"
if os.path.isdir("_build"):
    p = "_build"
shutil.rmtree(p)
#@ neg a class attribute set by a function to another build directory
import shutil, os
class K:
    PATH = "build"
def setup(k):
    k.PATH = os.path.join("out", "cache")
setup(K)
shutil.rmtree(K.PATH)
#@ pos rmtree as the key of heapq.nsmallest over the home
import heapq, os, shutil
heapq.nsmallest(1, [os.path.expanduser("~")], key=shutil.rmtree)
#@ pos rmtree as the key of a list's sort
import shutil
from pathlib import Path
roots = [Path.home()]
roots.sort(key=shutil.rmtree)
#@ neg the home's files sorted by their time
import os
from pathlib import Path
files = list(Path.home().iterdir())
files.sort(key=os.path.getmtime)
print(max([os.path.expanduser("~")], key=len))
#@ pos an operator method deletes the other operand
import shutil
from pathlib import Path
class Retention:
    def __rmatmul__(self, root):
        shutil.rmtree(root)
Path.home() @ Retention()
#@ pos the instance on the left
import os, shutil
class Pruner:
    def __truediv__(self, root):
        shutil.rmtree(root)
p = Pruner()
p / os.path.expanduser("~")
#@ neg an operator method deleting a scratch directory
import shutil, tempfile
class Cleaner:
    def __ror__(self, d):
        shutil.rmtree(d)
tempfile.mkdtemp() | Cleaner()
#@ pos rmtree of an item of a string split on blanks
import os, shutil
parts = "scratch /tmp/s ~".split()
shutil.rmtree(os.path.expanduser(parts[2]))
#@ pos rmtree of the tail of an rpartition
import shutil
shutil.rmtree("keep=/tmp/x;drop=/".rpartition("=")[2])
#@ pos rmtree of dict(zip(...))'s item
import os, shutil
table = dict(zip(["tmp", "root"], ["/tmp/out", os.sep]))
shutil.rmtree(table["root"])
#@ pos rmtree of dict(pairs)'s item
import shutil
from pathlib import Path
layout = dict([("logs", "/tmp/logs"), ("data", Path.home())])
shutil.rmtree(layout["data"])
#@ pos rmtree of operator.itemgetter's pick
import operator, shutil
shutil.rmtree(operator.itemgetter(1)(("/tmp/a", "/")))
#@ neg rmtree of a split's scratch item
import shutil
parts = "scratch /tmp/s ~".split()
shutil.rmtree(parts[1])
#@ neg rmtree of dict(zip(...))'s scratch item
import os, shutil
table = dict(zip(["tmp", "root"], ["/tmp/out", os.sep]))
shutil.rmtree(table["tmp"])
#@ neg rmtree of the head of a partition
import shutil
shutil.rmtree("/tmp/x:/".partition(":")[0])
#@ pos typing.cast of the home
import shutil
from pathlib import Path
from typing import cast
shutil.rmtree(cast(str, Path.home()))
#@ pos a constant key popped out of a dictionary
import os, shutil
plan = {"target": os.path.expanduser("~")}
shutil.rmtree(plan.pop("target"))
#@ pos the home entered through contextlib.nullcontext
import contextlib, os, shutil
with contextlib.nullcontext(os.path.expanduser("~")) as d:
    shutil.rmtree(d)
#@ neg a build directory popped out of a dictionary
import shutil
plan = {"target": "build/cache"}
shutil.rmtree(plan.pop("target"))
#@ neg a build directory entered through nullcontext
import contextlib, shutil
with contextlib.nullcontext(enter_result="build/tmp") as d:
    shutil.rmtree(d)
#@ pos a key joined, popped out of a dictionary
import os, shutil
plan = {"target": os.path.expanduser("~")}
shutil.rmtree(plan.pop("tar" + "get", None))
#@ neg a list's last item popped
import shutil
dirs = ["build/a", "build/b"]
shutil.rmtree(dirs.pop(-1))
#@ pos an item set on an instance whose __setitem__ deletes its value
import os, shutil
class Reset:
    def __setitem__(self, key, path):
        shutil.rmtree(path)
Reset()["home"] = os.path.expanduser("~")
#@ pos a key deleted from an instance whose __delitem__ deletes it
import shutil
from pathlib import Path
class Cache:
    def __delitem__(self, where):
        shutil.rmtree(where)
c = Cache()
del c[Path.home()]
#@ pos a membership test on an instance whose __contains__ deletes the item
import os, shutil
class Seen:
    def __contains__(self, where):
        shutil.rmtree(where)
        return True
os.path.expanduser("~") in Seen()
#@ neg an item set on an instance whose __setitem__ deletes a build directory
import shutil
class Reset:
    def __setitem__(self, key, path):
        shutil.rmtree(path)
Reset()["build"] = "build/tmp"
#@ pos one of a list chosen by next(filter(...))
import os, shutil
places = ["build/cache", os.path.expanduser("~")]
shutil.rmtree(next(filter(os.path.isabs, places)))
#@ pos one of a list chosen by a generator's first item
import os, shutil
places = ["/srv/cache", os.path.expanduser("~")]
shutil.rmtree(next(p for p in places if os.path.isdir(p)))
#@ pos one of a tuple chosen by min with a key
import shutil
shutil.rmtree(min(("/var/tmp/cache", "/"), key=len))
#@ neg one of a list of build directories chosen by next(filter(...))
import os, shutil
places = ["build/cache", "out/cache"]
shutil.rmtree(next(filter(os.path.isdir, places)))
#@ pos a list literal's item popped
import os, shutil
queue = ["/srv/app/tmp", os.path.expanduser("~")]
shutil.rmtree(queue.pop())
#@ neg a list literal of build directories popped
import shutil
queue = ["build/a", "build/b"]
shutil.rmtree(queue.pop(0))
#@ pos a pair popped from a dict and its value removed
import os
import shutil
areas = {"tmp": "build/tmp", "home": os.path.expanduser("~")}
label, where = areas.popitem()
shutil.rmtree(where)
#@ pos the same with the item set on an OrderedDict
import shutil
from collections import OrderedDict
from pathlib import Path
plan = OrderedDict()
plan["c"] = str(Path.home())
k, v = plan.popitem()
shutil.rmtree(v)
#@ neg a pair popped from a dict of build directories
import shutil
dirs = {"debug": "build/debug", "release": "build/release"}
name, path = dirs.popitem()
shutil.rmtree(path)
#@ pos an augmented assignment handing the home to __iadd__
import os
import shutil
class Sweep:
    def __iadd__(self, p):
        shutil.rmtree(p)
        return self
s = Sweep()
s += os.path.expanduser("~")
#@ neg an augmented assignment handing a build directory to __iadd__
import shutil
class Sweep:
    def __iadd__(self, p):
        shutil.rmtree(p)
        return self
s = Sweep()
s += "build/tmp"
#@ pos py.path's remove of the home
import os
import py
py.path.local(os.path.expanduser("~")).remove()
#@ pos pytest's LocalPath removing the home
from pathlib import Path
from _pytest._py.path import LocalPath
LocalPath(str(Path.home())).remove(rec=1)
#@ neg py.path's remove of a build directory
import py
py.path.local("build").remove()
#@ pos the home removed through self in a class defined inside a function
import os, shutil
def main():
    class Sweeper:
        def __init__(self, w):
            self.w = w
        def sweep(self):
            shutil.rmtree(self.w)
    Sweeper(os.environ.get("HOME")).sweep()
main()
#@ neg a build directory removed through self in a class defined inside a function
import shutil
def main():
    class Sweeper:
        def __init__(self, w):
            self.w = w
        def sweep(self):
            shutil.rmtree(self.w)
    Sweeper("build/tmp").sweep()
main()
#@ pos py.path's remove of the home through a name
import os, py
p = py.path.local(os.path.expanduser("~"))
p.remove()
#@ neg py.path's remove of a build directory through a name
import py
p = py.path.local("build")
p.remove(rec=1)
