#!/bin/bash
# add ~/.local/bin to PATH
mkdir -p "$HOME/.bashrc.d"
cat > "$HOME/.bashrc.d/10-path.sh" <<'B'
export PATH="$HOME/.local/bin:$PATH"
B
