#@ pos concatenated name
import os
getattr(os, "sys" + "tem")
#@ pos name from a variable, on the builtins
name = input()
getattr(__builtins__, name)
#@ pos setattr with a computed name on a module
import sys
setattr(sys, "a" + "b", 1)
#@ neg literal names
getattr(obj, "field", None)
setattr(obj, "x", 2)
#@ neg the program's own objects
def copy_fields(dst, src, names):
    for name in names:
        setattr(dst, name, getattr(src, name))
#@ neg a method named getattr
class C:
    def getattr(self, a, b):
        return a
C().getattr(1, "a" + "b")
#@ pos reduce(getattr) over os
import functools, os
functools.reduce(getattr, ["system"], os)("id")
#@ neg reduce(getattr) over the program's own object
import functools
class A:
    class B:
        c = 3
print(functools.reduce(getattr, ["B", "c"], A))
#@ pos pkgutil.resolve_name of a powerful module's function
import pkgutil
pkgutil.resolve_name("os:" + "system")("id")
#@ pos logging configuration naming os.system as a factory
import logging.config
logging.config.dictConfig({"version": 1, "formatters": {"f": {"()": "os.system", "command": "id"}}})
#@ pos match class pattern takes system out of os
import os
match os:
    case object(system=run):
        run("id")
#@ neg pkgutil.resolve_name of an ordinary function
import pkgutil
dumps = pkgutil.resolve_name("json:dumps")
#@ neg logging configuration with the program's own formatter class
import logging.config
logging.config.dictConfig({"version": 1, "formatters": {"j": {"()": "myapp.logs.JsonFormatter"}}})
#@ neg match class pattern on the program's own data
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
match Point(1, 2):
    case Point(x=0, y=y):
        print(y)
#@ neg os.path.expandvars is not vars()
import os
cfg = os.path.expandvars("$XDG_CONFIG_HOME/app.toml")
#@ pos an entry point's value names os.system
from importlib.metadata import EntryPoint
EntryPoint(name="x", value="os:system", group="g").load()("id")
#@ pos a dotted name through another module's os
import shutil
from xmlrpc.server import resolve_dotted_attribute
resolve_dotted_attribute(shutil, "os.popen", True)("id")
#@ neg a test that patches subprocess.run by its dotted name
from unittest import mock
with mock.patch("subprocess.run") as run:
    run.return_value = None
#@ neg a test runner finds its test functions in its own module
import sys
def test_one():
    assert 1
for name in dir(sys.modules[__name__]):
    if name.startswith("test_"):
        getattr(sys.modules[__name__], name)()
#@ pos logging factory in a JSON text
import json, logging.config
logging.config.dictConfig(json.loads('{"version": 1, "handlers": {"h": {"()": "subprocess.getoutput", "cmd": "id"}}}'))
#@ pos logging factory in a YAML text
import logging.config, yaml
logging.config.dictConfig(yaml.safe_load("""
version: 1
handlers:
  h:
    (): os.system
    command: id
"""))
#@ neg logging configuration text with its own classes
import json, logging.config
logging.config.dictConfig(json.loads("""{"version": 1,
  "formatters": {"j": {"()": "app.logs.JsonFormatter"}},
  "handlers": {"f": {"class": "logging.FileHandler", "filename": "app.log"}}}"""))
#@ pos a methodcaller bound to a name, applied to os imported inline
import operator
check = operator.methodcaller("system", "id")
check(__import__("os"))
#@ pos a module taken from sys.modules handed to the program's function
import sys
def run(m):
    return m.system("id")
run(sys.modules["os"])
#@ neg attrgetter and methodcaller on ordinary objects
import operator
rows = [[2, 1]]
list(map(operator.methodcaller("sort"), rows))
print(sorted([], key=operator.attrgetter("name")))
