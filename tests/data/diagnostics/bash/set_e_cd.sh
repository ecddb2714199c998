set -e
echo a
cd /nonexistent
echo never
