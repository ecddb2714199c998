#!/usr/bin/env bash
# Ordinary repo setup: installs a pre-commit hook into this repository's
# .git/hooks that runs shellcheck on staged shell files.
set -eu
top=$(git rev-parse --show-toplevel)
hook="$top/.git/hooks/pre-commit"
cat > "$hook" <<'HOOK'
#!/bin/sh
files=$(git diff --cached --name-only --diff-filter=ACM -- '*.sh')
[ -z "$files" ] && exit 0
exec shellcheck $files
HOOK
chmod +x "$hook"
echo "installed $hook"
