#!/usr/bin/env bash
# Compares the findings of two airlock binaries over every policy corpus
# file, rule case file and bench program (`check --json`, byte for byte):
# a change that should only make `airlock check` cheaper must print
# "differing 0".
#
#   bash bench/check_findings_diff.sh OLD_AIRLOCK NEW_AIRLOCK
#
# (Not executable: bench/run.sh runs every executable bench/*.sh as a
# benchmark.)
set -u
if [ $# -ne 2 ]; then
	echo "usage: $0 OLD_AIRLOCK NEW_AIRLOCK" >&2
	exit 2
fi
old=$1 new=$2 diffs=0 n=0
cd "$(dirname "$0")/.." || exit 2
for f in tests/data/policy/evasion/*/* tests/data/policy/benign/*/* tests/check/*/* bench/data/*; do
	case $f in *.sh | *.py | *.js) ;; *) continue ;; esac
	a=$("$old" check --json "$f" 2>&1)
	b=$("$new" check --json "$f" 2>&1)
	n=$((n + 1))
	if [ "$a" != "$b" ]; then
		diffs=$((diffs + 1))
		echo "differs: $f"
	fi
done
echo "files $n, differing $diffs"
[ "$diffs" -eq 0 ]
