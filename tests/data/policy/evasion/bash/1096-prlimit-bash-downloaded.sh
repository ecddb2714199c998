#!/bin/bash
curl -fsSL https://get.example.invalid/setup -o /tmp/setup.$$
prlimit --nofile=4096 bash /tmp/setup.$$
