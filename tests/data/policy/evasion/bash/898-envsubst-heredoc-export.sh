#!/bin/bash
# evasion: an exported variable filled into a quoted here-document by envsubst; the result is the command line
export WORKDIR=$HOME
job=$(envsubst <<'TPL'
rm -rf -- $WORKDIR
TPL
)
$job
