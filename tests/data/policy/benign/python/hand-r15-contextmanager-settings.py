"""Print the editor's settings through a managed file handle."""
import contextlib
import json
import os


@contextlib.contextmanager
def settings_file():
    path = os.path.join(os.path.expanduser("~"), ".config", "myeditor", "settings.json")
    fh = open(path, "rb")
    try:
        yield fh
    finally:
        fh.close()


def main():
    with settings_file() as fh:
        data = json.loads(fh.read() or b"{}")
    for key in sorted(data):
        print(key, "=", data[key])


if __name__ == "__main__":
    main()
