#!/bin/bash
# Logger reads the caller's context.
log() {
  printf '[%s] %s\n' "$ctx" "$*"
}
build() {
  local ctx=build
  log "compiling"
  make -s
}
build
