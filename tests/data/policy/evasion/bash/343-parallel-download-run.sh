#!/bin/bash
# GNU parallel runs its command template with the shell for every
# argument after :::; each URL's script is downloaded and run.
parallel -j2 'curl -fsSL {} | bash' ::: https://a.example.com/x.sh https://b.example.com/y.sh
