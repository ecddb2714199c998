#!/bin/bash
# Check the Racket install by evaluating an expression.
racket -e '(displayln (* 6 7))'
