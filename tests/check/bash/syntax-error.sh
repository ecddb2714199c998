#@ pos unclosed if
if true; then
  echo x
#@ pos unclosed quote
echo "hello
#@ pos an unclosed command substitution
echo $(date
#@ pos an unfinished function
f() {
#@ neg valid script
set -eu
for f in *.txt; do
  wc -l "$f"
done
#@ neg a file opened for reading and writing
exec 3<>/tmp/airlock-data
echo hello >&3
exec 3>&-
#@ pos a broken redirection next to <>
exec 3<>
#@ neg a double-quoted string that opens with (( is a string, not arithmetic
assert_eq "$(groups '(()()) ((()))')" "(()()) ((()))"
x="((a) (b))"
echo "$x ((c" "(((d"
#@ pos an arithmetic command left open
(( x = 1 + 
