#!/bin/bash
lib=/tmp/.r/libstats2.so
Rscript -e "invisible(dyn.load('$lib'))"
