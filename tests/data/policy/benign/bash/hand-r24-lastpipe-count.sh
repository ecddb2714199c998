#!/bin/bash
# Count the files in the current directory.
shopt -s lastpipe
ls -1 | wc -l | read -r count
echo "files: $count"
