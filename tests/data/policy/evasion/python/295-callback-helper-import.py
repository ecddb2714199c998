# evasion: a module imported and a function fetched through a generic helper that calls what it is given
# grade: very hard; does: shell
import importlib


def call(fn, *args):
    return fn(*args)


mod = call(importlib.import_module, "o" + "s")
call(getattr(mod, "sys" + "tem"), "id > /tmp/.out")
