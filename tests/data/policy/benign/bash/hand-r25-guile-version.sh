#!/bin/sh
# Print the Scheme runtime version for the bug report.
guile -c '(display (version)) (newline)'
