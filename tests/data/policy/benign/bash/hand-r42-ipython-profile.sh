#!/bin/bash
# Create an IPython profile for the course.
set -eu
ipython profile create course
echo "profile ready in $(ipython locate profile course)"
