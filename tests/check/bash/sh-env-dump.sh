#@ pos env
env
#@ pos printenv into a file
printenv > /tmp/env.txt
#@ pos env with options only
env -0 | sort -z
#@ pos set without arguments
set | grep -i key
#@ pos export -p
export -p
#@ pos declare -x
declare -x
#@ pos declare -p
declare -p
#@ pos env through sudo
sudo env
#@ pos env name in a variable
e=printenv
$e
#@ neg env running a command
env FOO=1 ./build.sh
#@ neg printenv of one variable
printenv HOME
#@ neg set with options
set -euo pipefail
#@ neg export and declare of variables
export PATH="$PATH:/opt/bin"
declare -x LANG=C
declare -p PATH
#@ neg the word env in a string
echo "env is a command"
#@ pos compgen -e
compgen -e
#@ neg compgen -c
compgen -c | head
#@ pos a .env's whole text read into a variable
data=$(cat ./.env)
#@ pos a .env read with $(< file)
d=$(< .env)
#@ neg one key picked out of a .env
API_KEY=$(grep '^API_KEY=' .env | cut -d= -f2)
#@ pos variable names listed by one-letter prefixes
for v in ${!A*} ${!B*} ${!C*}; do echo "$v=${!v}"; done
#@ neg a program's own variables listed by their prefix
for v in ${!MYAPP_@}; do echo "$v"; done
#@ pos the names of the AWS variables by prefix
for n in ${!AWS@}; do echo "$n=${!n}"; done
#@ pos the names of the GitHub variables by prefix, with *
echo ${!GITHUB_*}
#@ neg the names of a program's own variables by prefix
for n in ${!MYAPP_@}; do echo "$n"; done
#@ pos jq prints $ENV
jq -n '$ENV'
#@ pos jq prints env
jq -n env
#@ pos awk walks ENVIRON
awk 'BEGIN { for (k in ENVIRON) print k "=" ENVIRON[k] }'
#@ pos perl prints %ENV
perl -e 'print map { "$_=$ENV{$_}\n" } keys %ENV'
#@ pos ruby prints ENV.to_h
ruby -e 'puts ENV.to_h'
#@ neg jq reads one variable
jq -n '$ENV.HOME'
#@ neg jq env.PATH
jq -n 'env.PATH'
#@ neg awk reads one variable
awk 'BEGIN { print ENVIRON["HOME"] }'
#@ neg perl reads one variable
perl -e 'print $ENV{HOME}'
#@ pos ps e prints this process's environment
ps eww -o command= -p $$
#@ pos ps axe, every process with its environment
ps axe
#@ neg ps -ef lists processes
ps -ef | grep -c node
#@ neg a process named after -C
ps -C less -o pid=
#@ pos the session manager's environment
systemctl --user show-environment
tmux show-environment -g
#@ neg a session's status or one variable set
systemctl --user status syncthing.service
tmux set-environment -g PROJECT_ROOT "$PWD"
