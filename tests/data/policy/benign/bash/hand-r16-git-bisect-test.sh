#!/bin/bash
# Find the commit that broke the unit tests.
set -e
good=${1:?good commit}
git bisect start HEAD "$good"
git bisect run make -s test
git bisect reset
