#!/usr/bin/env bash
# Ordinary project helper: writes .env.example from the project's .env with
# every value blanked (only the key names are kept), so the template can be
# committed. Comments and blank lines are copied.
set -eu
src=${1:-.env}
dst=${2:-.env.example}
[ -f "$src" ] || { echo "no $src" >&2; exit 1; }
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    ''|'#'*) printf '%s\n' "$line" ;;
    *=*) printf '%s=\n' "${line%%=*}" ;;
  esac
done < "$src" > "$dst"
echo "wrote $dst ($(grep -c '=' "$dst") keys)"
