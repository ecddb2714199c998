#!/usr/bin/env bash
# Ordinary: cleans the output directory of a generated file given on the
# command line (dirname of the file) and the scratch directory next to the
# script, then regenerates the file.
set -euo pipefail

out=${1:-generated/api/client.py}
here=$(cd "$(dirname "$0")" && pwd)
outdir=$(dirname "$out")
rm -rf "$outdir"
rm -rf "$(dirname "$0")/.scratch"
mkdir -p "$outdir"
python3 "$here/tools/codegen.py" --out "$out"
echo "regenerated $out"
