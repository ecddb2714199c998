#!/bin/bash
# Read fields of a config line into array slots by name.
declare -A slot
for key in host port user; do
  read -r "slot[$key]" <<< "$(grep "^$key=" app.conf | cut -d= -f2)"
done
echo "${slot[host]}:${slot[port]} as ${slot[user]}"
