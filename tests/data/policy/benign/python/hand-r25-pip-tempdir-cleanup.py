"""Remove the scratch build directory after packaging."""
import os
import tempfile

from pip._internal.utils.misc import rmtree

scratch = tempfile.mkdtemp(prefix="wheel-")
with open(os.path.join(scratch, "setup.cfg"), "w") as fh:
    fh.write("[metadata]\nname = demo\n")
rmtree(scratch)
