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
#@ neg a here-document piped into a while loop on the same line
sqlite3 -separator ' ' app.db <<'SQL' | while read -r month total; do
SELECT substr(day, 1, 7), sum(amount) FROM orders GROUP BY 1;
SQL
	printf '%s %s\n' "$month" "$total"
done
#@ neg a here-document in an if's condition with then on its line
if grep -q '^ok$' <<EOF; then
$(cat status.txt)
EOF
	echo ready
fi
#@ neg a here-document in a while's condition with do on its line
while read -r line <<-EOF; do
	first
	EOF
	echo "$line"
	break
done
#@ neg a base before an expansion in arithmetic (10#$m: no octal)
month=$((10#$(date +%m)))
#@ neg a base in a test and in a subscript
if ((2#$bits != n)); then echo "${names[16#$h]}"; fi
#@ neg a base named by a variable
echo $((base#$digits))
#@ neg case toggles
echo "${1~~}" "${word~}" "${list[0]~~}"
#@ neg a here-string after a file redirection
jq -r .name > out.txt <<< "$json"
cat 2>/dev/null >> log.txt <<< $'line one\nline two'
#@ neg an array element in a C-style for's header
for ((i = 0; i < BASH_ARGC[0]; i++)); do echo "${BASH_ARGV[i]}"; done
for ((i = 0; a[i] < 3; a[i]++)); do :; done
#@ neg a here-string after a for or select loop
for w in a b; do echo "$w"; done <<<"x"
select t in debug release; do echo "$t"; break; done <<<1
#@ neg a here-string on descriptor 3
exec 3<<<"name=demo"
read -r -u 3 line
#@ neg a here-string on a descriptor, then a command
cat 4<<< "x" /dev/null
