#!/usr/bin/env bash
# Record the commands of a provisioning session in the project's log.
set -o history
log_dir=${LOG_DIR:-./logs}
mkdir -p "$log_dir"
HISTFILE="$log_dir/session.history"
for step in "make deps" "make test" "make dist"; do
  history -s "$step"
  $step || break
done
history -a
echo "session saved to $HISTFILE"
