#!/bin/bash
# Show which subscription the CLI uses.
az account show --query '{name:name, id:id}' -o table
