#!/bin/bash
npm config set save-exact true --location=project
