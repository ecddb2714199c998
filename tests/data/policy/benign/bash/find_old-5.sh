#!/bin/bash
set -u
dir=${1:-.}
find "$dir" -maxdepth 2 -type f -name '*.log' -mtime +9 -print | head -n 20
find "$dir" -maxdepth 1 -type d | wc -l
