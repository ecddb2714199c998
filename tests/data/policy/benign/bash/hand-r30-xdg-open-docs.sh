#!/bin/bash
# Opens the documentation page for a topic.
topic=${1:-index}
xdg-open "https://docs.example.com/search?q=${topic}" >/dev/null 2>&1 &
