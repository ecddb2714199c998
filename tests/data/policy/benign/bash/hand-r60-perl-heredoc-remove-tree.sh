#!/usr/bin/env bash
# Remove the generated documentation.
set -eu
perl -MFile::Path=remove_tree <<'PL'
remove_tree("blib", "doc/_build");
PL
