#!/bin/bash
# Show which viewer handles PDF attachments.
grep -h '^application/pdf' "$HOME/.mailcap" /etc/mailcap 2>/dev/null | head -n 1
