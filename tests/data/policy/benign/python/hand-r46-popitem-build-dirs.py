"""Remove the most recently registered build directory."""
import shutil

dirs = {"debug": "build/debug", "release": "build/release"}
name, path = dirs.popitem()
print("removing", name)
shutil.rmtree(path, ignore_errors=True)
