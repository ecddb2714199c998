echo start
if true; then
  echo )
fi
