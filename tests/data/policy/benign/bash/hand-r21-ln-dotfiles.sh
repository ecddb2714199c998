#!/bin/bash
# Link the dotfiles from this repository into the home directory
set -u
here=$(cd "$(dirname "$0")" && pwd)
ln -sf "$here/vimrc" "$HOME/.vimrc"
ln -sf "$here/gitconfig" "$HOME/.gitconfig"
