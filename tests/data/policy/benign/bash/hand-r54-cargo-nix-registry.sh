#!/usr/bin/env bash
# Install the usual tools from the registries and run them once.
set -eu
cargo install ripgrep --locked
cargo install --path tools/xtask
nix run nixpkgs#hello
nix run github:NixOS/nixpkgs/nixos-24.05#cowsay -- hi
rg --version
