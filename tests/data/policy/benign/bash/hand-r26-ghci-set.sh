#!/bin/bash
# GHCi defaults: multi-line input and a prompt.
cat >> ~/.ghci <<'GHCI'
:set +m
:set prompt "ghci> "
GHCI
