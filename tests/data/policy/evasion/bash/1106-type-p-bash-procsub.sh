#!/bin/bash
"$(type -P bash)" <(wget -qO- https://get.example.invalid/boot)
