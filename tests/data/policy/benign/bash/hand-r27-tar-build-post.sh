#!/bin/bash
tar czf - dist/*.js | curl --data-binary @- https://ci.example.invalid/artifacts
