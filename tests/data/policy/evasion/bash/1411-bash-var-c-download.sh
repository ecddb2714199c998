#!/usr/bin/env bash
# Install the project's pre-commit tooling with the same shell running us.
set -euo pipefail

INSTALLER=https://get.hooks-tooling.example/install.sh
PREFIX=${PREFIX:-$HOME/.local}

info() { echo "==> $*"; }

info "prefix: $PREFIX"
mkdir -p "$PREFIX/bin"

case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) info "add $PREFIX/bin to PATH" ;;
esac

# run the installer with this very interpreter, not whatever sh is
"$BASH" -c "$(curl -fsSL "$INSTALLER")" -- --prefix "$PREFIX"

info "installed: $(ls "$PREFIX/bin" | tr '\n' ' ')"
