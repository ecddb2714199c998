#!/usr/bin/env bash
# Ordinary: writes release notes for the range between the last two git tags
# (or a given range), grouping commit subjects by conventional-commit type
# into a Markdown file; uses git log and awk, no network.
set -euo pipefail

out="${OUT:-RELEASE_NOTES.md}"
if [[ $# -ge 1 ]]; then
    range="$1"
else
    mapfile -t tags < <(git tag --sort=-creatordate | head -n 2)
    if [[ ${#tags[@]} -lt 2 ]]; then
        echo "need two tags or a RANGE argument" >&2
        exit 1
    fi
    range="${tags[1]}..${tags[0]}"
fi

echo "collecting commits in $range" >&2
git log --no-merges --format='%s' "$range" |
awk '
    /^feat(\(.*\))?:/ { sub(/^feat(\([^)]*\))?: */, ""); feat[++nf] = $0; next }
    /^fix(\(.*\))?:/  { sub(/^fix(\([^)]*\))?: */, "");  fix[++nx] = $0;  next }
    /^docs(\(.*\))?:/ { sub(/^docs(\([^)]*\))?: */, ""); docs[++nd] = $0; next }
    { other[++no] = $0 }
    END {
        if (nf) { print "## Features"; for (i = 1; i <= nf; i++) print "- " feat[i]; print "" }
        if (nx) { print "## Fixes"; for (i = 1; i <= nx; i++) print "- " fix[i]; print "" }
        if (nd) { print "## Documentation"; for (i = 1; i <= nd; i++) print "- " docs[i]; print "" }
        if (no) { print "## Other"; for (i = 1; i <= no; i++) print "- " other[i] }
    }' > "$out"

echo "wrote $out ($(wc -l < "$out") lines)" >&2
