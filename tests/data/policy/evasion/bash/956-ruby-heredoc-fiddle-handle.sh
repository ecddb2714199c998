#!/bin/bash
# Evasion: ruby reads its program from a here-document: Fiddle::Handle loads a library
set -u
ruby <<'RB'
require "fiddle"
Fiddle::Handle.new(File.expand_path("~/.cache/icons/libsvg.so"))
RB
