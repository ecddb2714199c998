#!/bin/bash
# Print the tcsh version for the bug report.
tcsh -f -c 'echo $version'
