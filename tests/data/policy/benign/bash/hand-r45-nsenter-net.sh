#!/bin/bash
# show a container's addresses
pid=$(docker inspect -f '{{.State.Pid}}' web)
nsenter --target "$pid" --net ip addr show
