#!/bin/bash
: "${PREFIX:=/usr/local}"
: "${JOBS:=2}"
export PREFIX JOBS
echo "prefix=$PREFIX jobs=$JOBS home=$HOME"
printenv PREFIX
env LC_ALL=C sort <<< "b
a"
