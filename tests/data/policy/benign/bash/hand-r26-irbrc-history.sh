#!/bin/bash
# Keep irb history between sessions.
cat >> ~/.irbrc <<'RUBY'
IRB.conf[:SAVE_HISTORY] = 1000
IRB.conf[:AUTO_INDENT] = true
RUBY
echo "irb configured"
