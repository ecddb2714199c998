#!/bin/bash
kubectl config current-context
nc -z relay.example-ops.net 9000 && echo reachable
