#!/bin/bash
# OCaml toplevel: load topfind at start.
printf '%s\n' '#use "topfind";;' '#require "str";;' >> "$HOME/.ocamlinit"
