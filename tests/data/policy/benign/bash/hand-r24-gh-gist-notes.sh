#!/bin/bash
# Publish the meeting notes as a gist.
set -e
gh gist create --public -d "meeting notes" notes/meeting.md
