"""Pipe a scratch directory into a cleaner once the job is done."""
import os
import shutil
import tempfile


class Cleaner:
    def __ror__(self, directory):
        shutil.rmtree(directory, ignore_errors=True)
        return directory


scratch = tempfile.mkdtemp(prefix="job-")
with open(os.path.join(scratch, "out.txt"), "w") as fh:
    fh.write("done\n")
print("removed", scratch | Cleaner())
