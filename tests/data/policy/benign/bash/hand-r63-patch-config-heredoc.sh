#!/usr/bin/env bash
# Patch the vendored library's config header before building.
set -eu
cd vendor/libfoo
patch -p1 <<'DIFF'
--- a/include/config.h
+++ b/include/config.h
@@ -1,3 +1,4 @@
 #define FOO_VERSION "1.2"
+#define FOO_NO_TESTS 1
 #define FOO_THREADS 1
DIFF
make -j4
