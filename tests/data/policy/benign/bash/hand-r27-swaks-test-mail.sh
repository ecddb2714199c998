#!/bin/bash
swaks --to ops@example.invalid --server mx.example.invalid --body "deploy done"
