#!/bin/bash
# Ask before removing the build directory.
read -rn1 -p "Remove ./build? [y/N] " ans
echo
[[ $ans == [yY] ]] && rm -rf ./build
