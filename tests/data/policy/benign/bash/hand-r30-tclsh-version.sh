#!/bin/bash
tclsh <<'TCL'
puts [info patchlevel]
puts [file join $env(HOME) projects]
TCL
