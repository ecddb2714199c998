#!/usr/bin/env bash
# Mirror the public changelog for the offline docs.
set -eu
perl -MLWP::Simple -e 'mirror("https://relkit.dev/CHANGELOG.md", "docs/CHANGELOG.md")'
