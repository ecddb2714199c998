#!/usr/bin/env bash
# Knit the weekly report from the local helpers.
set -eu
Rscript --vanilla -e 'source("R/helpers.R")' -e 'build_report("out/weekly.html")'
