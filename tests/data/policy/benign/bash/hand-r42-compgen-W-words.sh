#!/bin/bash
# Offer completions for the deploy helper.
set -u
compgen -W "staging production canary" -- "${1:-}"
