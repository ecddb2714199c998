#!/usr/bin/env bash
# Tell whether a cloud profile is configured.
set -u
if [ -f "$HOME/.oci/config" ]; then
  echo "OCI profile present"
else
  echo "run: oci setup config"
fi
