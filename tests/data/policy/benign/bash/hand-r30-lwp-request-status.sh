#!/bin/bash
lwp-request -m GET -s https://status.example.com/health
