#!/usr/bin/env bash
# Ordinary: CLI tool that reads its settings from ~/.config/notes/config.ini
# (key = value lines in [sections]), stores them as cfg_SECTION_KEY variables
# with declare -g and reads them back through indirect expansion.
set -euo pipefail

config=${NOTES_CONFIG:-${XDG_CONFIG_HOME:-$HOME/.config}/notes/config.ini}

load_ini() {
    local section=main line key value
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%%#*}
        [[ $line =~ ^[[:space:]]*$ ]] && continue
        if [[ $line =~ ^\[([A-Za-z0-9_]+)\]$ ]]; then
            section=${BASH_REMATCH[1]}
            continue
        fi
        key=${line%%=*}; value=${line#*=}
        key=${key//[[:space:]]/}; value=${value#"${value%%[![:space:]]*}"}
        [[ $key =~ ^[A-Za-z0-9_]+$ ]] || continue
        declare -g "cfg_${section}_${key}=$value"
    done < "$1"
}

get() {
    local name="cfg_$1_$2"
    printf '%s' "${!name:-$3}"
}

[[ -f $config ]] && load_ini "$config"
dir=$(get main dir "$HOME/notes")
editor=$(get main editor "${EDITOR:-vi}")
mkdir -p "$dir"
note="$dir/$(date +%F).md"
[[ -f $note ]] || printf '# %s\n\n' "$(date +%F)" > "$note"
echo "notes in $dir, editor $editor"
echo "today: $note"
