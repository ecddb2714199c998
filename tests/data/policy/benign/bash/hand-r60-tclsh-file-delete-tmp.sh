#!/usr/bin/env bash
# Remove the Tcl build's scratch files.
set -eu
tclsh <<'TCL'
file delete -force build/scratch
puts "cleaned"
TCL
