import py_compile
import sys

for path in sys.argv[1:]:
    py_compile.compile(path, doraise=True)
    print("ok", path)
