#!/bin/bash
# Generate completion files for the installed CLIs.
dir="$HOME/.local/share/bash-completion/completions"
mkdir -p "$dir"
kubectl completion bash > "$dir/kubectl"
helm completion bash > "$dir/helm"
