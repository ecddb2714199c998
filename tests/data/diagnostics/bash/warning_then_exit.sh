x=$(cat <<EOF
abc
)
echo "$x"
exit 4
