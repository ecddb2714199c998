#!/usr/bin/env bash
# Remove the build output directory.
set -eu
ruby -rfileutils -e 'FileUtils.rm_rf("build/output")'
