#!/usr/bin/env bash
# A small task-list tool with subcommands dispatched to functions by name.
# Data lives in a TSV file; no eval anywhere.
set -euo pipefail

store="${TODO_FILE:-${XDG_DATA_HOME:-$HOME/.local/share}/todo.tsv}"
mkdir -p "$(dirname "$store")"
touch "$store"

cmd_add() {
	[[ $# -gt 0 ]] || { echo "add: need a title" >&2; return 2; }
	local id
	id=$(($(cut -f1 "$store" | sort -n | tail -n1) + 1))
	printf '%d\topen\t%s\n' "$id" "$*" >>"$store"
	echo "added #$id"
}

cmd_list() {
	local filter="${1:-open}"
	awk -F'\t' -v f="$filter" 'f == "all" || $2 == f { printf "#%-4s %-5s %s\n", $1, $2, $3 }' "$store"
}

cmd_done() {
	local id="${1:?done: need an id}"
	[[ "$id" =~ ^[0-9]+$ ]] || { echo "bad id: $id" >&2; return 2; }
	local tmp
	tmp=$(mktemp "$store.XXXX")
	awk -F'\t' -v OFS='\t' -v id="$id" '$1 == id { $2 = "done" } 1' "$store" >"$tmp"
	mv -f "$tmp" "$store"
}

cmd_purge() {
	local tmp
	tmp=$(mktemp "$store.XXXX")
	awk -F'\t' '$2 != "done"' "$store" >"$tmp"
	mv -f "$tmp" "$store"
}

cmd_help() {
	echo "usage: ${0##*/} {add TITLE|list [open|done|all]|done ID|purge|help}"
}

sub="${1:-help}"
shift || true
if declare -F "cmd_$sub" >/dev/null; then
	"cmd_$sub" "$@"
else
	echo "unknown command: $sub" >&2
	cmd_help >&2
	exit 2
fi
