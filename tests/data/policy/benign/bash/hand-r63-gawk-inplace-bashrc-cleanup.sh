#!/usr/bin/env bash
# Remove the lines an old tool added to the shell's startup files.
set -eu
for rc in "$HOME/.bashrc" "$HOME/.zshrc"; do
  [ -f "$rc" ] || continue
  cp "$rc" "$rc.bak"
  gawk -i inplace '!/# added by oldtool$/ { print }' "$rc"
  gawk -i inplace '{ sub(/oldtool\/bin:/, ""); print $0 }' "$rc"
  echo "cleaned $rc"
done
