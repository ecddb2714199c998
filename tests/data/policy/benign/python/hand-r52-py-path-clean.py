"""Remove the build output before a fresh build."""
import py

out = py.path.local("build")
if out.check(dir=1):
    py.path.local("build").remove(rec=1)
py.path.local("build").ensure(dir=True)
