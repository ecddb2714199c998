#!/bin/bash
# Remove julia's build products of the package and rebuild it.
set -eu
julia --project=. -e 'rm("deps/build"; recursive=true, force=true); using Pkg; Pkg.build()'
