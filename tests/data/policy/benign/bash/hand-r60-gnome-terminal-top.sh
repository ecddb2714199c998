#!/usr/bin/env bash
# Open a window showing the build log.
set -eu
gnome-terminal --title build -- tail -f build/log.txt
