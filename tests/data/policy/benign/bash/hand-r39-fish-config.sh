#!/bin/bash
mkdir -p ~/.config/fish
cat >> ~/.config/fish/config.fish <<'EOF'
set -gx EDITOR vim
alias ll 'ls -la'
EOF
