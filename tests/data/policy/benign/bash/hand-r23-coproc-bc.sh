#!/bin/bash
# Compute through a bc helper process.
coproc CALC { bc -l; }
printf '2+2\n' >&"${CALC[1]}"
read -r sum <&"${CALC[0]}"
echo "sum: $sum"
