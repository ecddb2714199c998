# Ordinary program: a tiny task runner. TASKS maps task names to lambdas:
# "clean" removes a directory tree, "list" prints a directory, "touch"
# creates a file; the tasks are called through the table on the project's
# own build/ and dist/ directories.
import os
import pathlib
import shutil
import sys

TASKS = {
    "clean": lambda d: shutil.rmtree(d, ignore_errors=True),
    "list": lambda d: print(sorted(os.listdir(d)) if os.path.isdir(d) else []),
    "touch": lambda f: pathlib.Path(f).touch(),
}


def main(argv):
    task = argv[1] if len(argv) > 1 else "list"
    if task == "clean":
        TASKS["clean"]("build")
        TASKS["clean"]("dist")
    elif task == "touch":
        os.makedirs("build", exist_ok=True)
        TASKS["touch"](os.path.join("build", ".stamp"))
    else:
        TASKS["list"]("build")


if __name__ == "__main__":
    main(sys.argv)
