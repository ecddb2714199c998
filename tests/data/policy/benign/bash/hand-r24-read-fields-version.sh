#!/bin/bash
# Show the release name and number.
read -r name version <<< "airlock 1.4.2"
shopt -s lastpipe
printf '%s %s\n' "$name" "$version" | read -r n v
echo "release $n $v"
"$name" --version 2>/dev/null || echo "not installed"
