#@ pos __import__
m = __import__("json")
#@ pos importlib
import importlib
mod = importlib.import_module(name)
#@ pos from importlib import
from importlib import import_module as im
im("os")
#@ pos runpy
import runpy
runpy.run_path("x.py")
#@ neg plain imports
import json
import os.path
from collections import OrderedDict
print(json.dumps(OrderedDict()))
#@ neg a function called import_module of the program
def import_module(x):
    return x
import_module("y")
