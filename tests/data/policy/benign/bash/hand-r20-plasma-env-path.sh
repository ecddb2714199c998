#!/bin/bash
# Add ~/.local/bin to PATH for Plasma sessions
set -eu
dir="$HOME/.config/plasma-workspace/env"
mkdir -p "$dir"
printf '%s\n' 'export PATH="$HOME/.local/bin:$PATH"' > "$dir/local-bin.sh"
echo "log out and back in to apply"
