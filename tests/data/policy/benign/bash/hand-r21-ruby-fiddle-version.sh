#!/bin/bash
# Print Ruby and Fiddle versions for the bug report
set -u
ruby -rfiddle -e 'puts RUBY_VERSION, Fiddle::VERSION'
