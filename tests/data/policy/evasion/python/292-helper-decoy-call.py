# evasion: a helper that starts a program is called once with a harmless list, then with what stdin gives
# grade: medium; does: shell
import subprocess
import sys


def run(argv):
    return subprocess.run(argv, capture_output=True, text=True).stdout


print(run(["git", "--version"]))
print(run(sys.stdin.read().split()))
