#!/bin/bash
node -e 'console.log(process.versions.node)'
