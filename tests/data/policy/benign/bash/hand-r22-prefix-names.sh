#!/bin/bash
# Print every step_* setting.
step_1=fetch
step_2=build
for v in ${!step_*}; do printf '%s=%s\n' "$v" "${!v}"; done
