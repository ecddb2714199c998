#!/usr/bin/env bash
# Ordinary: reads one key of one section from an INI settings file of the
# project (settings.ini by default) with a pure-bash parser and prints it.
set -euo pipefail
want_section=${1:?section}
want_key=${2:?key}
file=${3:-settings.ini}
section=
while IFS= read -r line || [[ -n $line ]]; do
  line=${line%%[;#]*}
  line=${line#"${line%%[![:space:]]*}"}
  line=${line%"${line##*[![:space:]]}"}
  [[ -z $line ]] && continue
  if [[ $line =~ ^\[(.*)\]$ ]]; then
    section=${BASH_REMATCH[1]}
  elif [[ $section == "$want_section" && $line == *=* ]]; then
    key=${line%%=*}; key=${key%"${key##*[![:space:]]}"}
    if [[ $key == "$want_key" ]]; then
      val=${line#*=}; val=${val#"${val%%[![:space:]]*}"}
      printf '%s\n' "$val"
      exit 0
    fi
  fi
done < "$file"
echo "not found: [$want_section] $want_key" >&2
exit 1
