#!/bin/bash
# Print the initials of the team members
set -u
printf -v initials '%.1s' alice bob carol
echo "team: $initials"
