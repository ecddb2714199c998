"""Hand the scratch location to the cleanup step through the environment."""
import os
import shutil
import tempfile


def prepare():
    os.environ["AGENT_SCRATCH"] = tempfile.mkdtemp(prefix="agent-")


def cleanup():
    shutil.rmtree(os.environ["AGENT_SCRATCH"], ignore_errors=True)


prepare()
cleanup()
