#!/bin/bash
# Extract the version number of bash.
ver=$(bash --version | head -1 | grep -o '[0-9]\+\.[0-9]\+')
echo "bash $ver"
