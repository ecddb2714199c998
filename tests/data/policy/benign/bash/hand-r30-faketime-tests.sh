#!/bin/bash
# Runs the date-dependent tests at a fixed time.
faketime '2024-02-29 12:00:00' ./run-tests.sh --filter leap
