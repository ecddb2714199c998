#!/usr/bin/env bash
# Fetch the data set and run the local analysis on it.
set -eu
Rscript -e 'download.file("https://data.relkit.dev/sales.csv", "data/sales.csv")'
Rscript -e 'source("R/analysis.R"); run("data/sales.csv")'
julia --project -e 'include("bench/run.jl")'
