#!/usr/bin/env bash
# Print the Ruby and OpenSSL versions for the bug report.
set -eu
ruby -ropenssl -e 'puts RUBY_VERSION, OpenSSL::OPENSSL_VERSION'
