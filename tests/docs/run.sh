#!/usr/bin/env bash
# The manual page (docs/airlock.1) against the binary it describes: groff
# reads it without a warning, and every command of `airlock --help` and
# every long option of `airlock run --help` is named in it, so that an
# option added to the code and not to the page fails here.
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
page="$top/docs/airlock.1"
bin="$top/$build/airlock"
bad=0

if ! command -v groff >/dev/null; then
	echo "docs: groff is missing (apt-get install groff-base)" >&2
	exit 1
fi
warnings=$(groff -man -ww -z "$page" 2>&1)
if [ -n "$warnings" ]; then
	echo "docs: groff warns about $page:" >&2
	echo "$warnings" >&2
	bad=1
fi
# the page's text with roff's escaped hyphens plain
text=$(sed 's/\\-/-/g' "$page")
commands=$("$bin" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
[ -n "$commands" ] || { echo "docs: airlock --help lists no commands" >&2; exit 1; }
for c in $commands; do
	if ! grep -qE "^\.(B|BR) $c( |$)" <<<"$text"; then
		echo "docs: command '$c' of airlock --help is not in $page" >&2
		bad=1
	fi
done
options=$("$bin" run --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
[ -n "$options" ] || { echo "docs: airlock run --help lists no options" >&2; exit 1; }
for o in $options; do
	if ! grep -qE -- "$o([^a-z-]|$)" <<<"$text"; then
		echo "docs: option '$o' of airlock run --help is not in $page" >&2
		bad=1
	fi
done
[ "$bad" = 0 ] && echo "docs: $page names $(wc -w <<<"$commands") commands and $(wc -w <<<"$options") options of run"
exit "$bad"
