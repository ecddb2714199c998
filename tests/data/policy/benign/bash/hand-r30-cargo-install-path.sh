#!/bin/bash
set -e
cargo build --release
cargo install --path . --locked
