#!/bin/bash
# Print session variables set through pam.
if [ -r "$HOME/.pam_environment" ]; then
  grep -v '^#' "$HOME/.pam_environment"
fi
