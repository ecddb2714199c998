#!/usr/bin/env bash
# Render the weekly report and clean intermediate files.
set -euo pipefail
out=${1:-build}
mkdir -p "$out"
Rscript --vanilla -e 'rmarkdown::render("report.Rmd", output_dir = commandArgs(TRUE)[1])' "$out"
Rscript -e 'unlink(list.files("cache", pattern = "\\.rds$", full.names = TRUE))'
rm -rf -- "$out/report_files"
echo "report in $out"
