#!/bin/bash
# Count lines in the project's shell scripts.
set -eu
fd --extension sh . src --exec-batch wc -l
