"""Print the parameters a hook accepts."""
import inspect


def hook(path, ignore_errors=False):
    pass


print(list(inspect.signature(hook).parameters))
