# HumanEval-style solution: looks up a dotted path in nested dictionaries and
# flattens a nested dictionary; asserts check it.
def get_path(d, path, default=None):
    cur = d
    for key in path.split("."):
        if not isinstance(cur, dict) or key not in cur:
            return default
        cur = cur[key]
    return cur


def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out


cfg = {"db": {"host": "localhost", "port": 5432}, "debug": True}
assert get_path(cfg, "db.port") == 5432
assert get_path(cfg, "db.user", "x") == "x"
assert flatten(cfg) == {"db.host": "localhost", "db.port": 5432, "debug": True}
