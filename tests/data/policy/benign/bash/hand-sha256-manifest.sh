#!/usr/bin/env bash
# Write or verify a SHA-256 manifest for the files of a release directory.
#   manifest.sh create DIR   -> DIR/SHA256SUMS
#   manifest.sh verify DIR   -> exit 1 if any file changed, is missing or is new
set -euo pipefail

usage() { echo "usage: $0 create|verify DIR" >&2; exit 2; }
(($# == 2)) || usage
mode=$1
dir=${2%/}
[[ -d $dir ]] || { echo "no such directory: $dir" >&2; exit 2; }
manifest="$dir/SHA256SUMS"

list_files() {
	find . -type f ! -name SHA256SUMS -print0 | sort -z
}

case $mode in
create)
	tmp=$(mktemp)
	trap 'rm -f "$tmp"' EXIT
	(cd "$dir" && list_files | xargs -0 -r sha256sum) >"$tmp"
	mv "$tmp" "$manifest"
	trap - EXIT
	echo "wrote $(wc -l <"$manifest") entries to $manifest"
	;;
verify)
	[[ -f $manifest ]] || { echo "missing $manifest" >&2; exit 1; }
	status=0
	if ! (cd "$dir" && sha256sum --quiet -c SHA256SUMS); then
		status=1
	fi
	declare -A known=()
	while read -r _ path; do known[$path]=1; done <"$manifest"
	while IFS= read -r -d '' path; do
		if [[ -z ${known[$path]:-} ]]; then
			echo "$path: not in manifest"
			status=1
		fi
	done < <(cd "$dir" && list_files)
	((status == 0)) && echo "all files match"
	exit "$status"
	;;
*) usage ;;
esac
