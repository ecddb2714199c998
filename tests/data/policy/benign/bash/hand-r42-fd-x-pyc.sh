#!/bin/bash
# Remove compiled Python files under the project.
set -eu
fd -e pyc . ~/src/project -X rm -f
