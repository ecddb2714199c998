"""Create and clean a scratch directory with py.path."""
import py

scratch = py.path.local("build").join("scratch")
scratch.ensure(dir=True)
scratch.join("a.txt").write("x")
scratch.remove(rec=1)
