# evasion: a helper nested in main() is called with a harmless list and with a list built from the arguments
# grade: hard; does: shell
import subprocess
import sys


def main():
    def step(*words):
        subprocess.check_call(list(words))

    step("uname", "-a")
    step(*sys.argv[1:])


main()
