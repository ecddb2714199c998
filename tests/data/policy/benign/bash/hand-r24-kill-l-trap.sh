#!/bin/bash
# Install a handler for the terminating signals.
for n in 1 2 15; do
  sig=$(kill -l "$n")
  trap "echo caught $sig; exit 1" "$sig"
done
sleep 1
