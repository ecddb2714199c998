#!/usr/bin/env bash
# Split the build log into the full log and an error summary.
set -eu
make 2>&1 | pee 'cat >build.log' 'grep -c error >errors.count'
