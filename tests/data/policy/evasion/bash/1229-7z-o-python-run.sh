#!/bin/bash
out="$HOME/.local/share/plug"
aria2c -q -d /tmp -o plug.7z https://cdn.example-plugins.dev/plug.7z
7z x -y /tmp/plug.7z -o"$out" >/dev/null
python3 "$out/plug/main.py"
