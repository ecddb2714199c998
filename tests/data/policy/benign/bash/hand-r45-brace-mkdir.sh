#!/bin/bash
# create the build tree
mkdir -p build/{bin,lib,obj}
cp src/{main,util}.c build/obj/ 2>/dev/null || true
echo done
