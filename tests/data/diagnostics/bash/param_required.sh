f() {
  local y=${1:?need an argument}
  echo "$y"
}
f
