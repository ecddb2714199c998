"""Removes the build output of the project with py.path."""
import py

out = py.path.local("build")
if out.check(dir=1):
    out.remove(rec=1)
print("clean")
