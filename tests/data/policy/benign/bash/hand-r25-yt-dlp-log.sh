#!/bin/bash
# Download the talk as audio and log the file name.
url=${1:-https://video.example.com/watch?v=abc123}
yt-dlp -q -x --audio-format mp3 --exec 'echo {} >> downloaded.txt' "$url"
