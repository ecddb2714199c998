#@ pos rm -rf /
rm -rf /
#@ pos rm -fr /* through sudo
sudo rm -fr /*
#@ pos separate flags in another order
rm -f -r ~
#@ pos long option and the home directory from $HOME
rm --recursive --force "$HOME"
#@ pos home directory contents
rm -Rf "$HOME"/*
#@ pos target before the flags
rm / -rf --no-preserve-root
#@ pos --no-preserve-root alone
rm --no-preserve-root -r "$dir"
#@ pos a system directory
rm -rf /usr
#@ pos the target through a variable
target=/
rm -rf "$target"
#@ pos rm hidden by quoting and a wrapper
nohup r\m -rf '/' &
#@ pos rm through xargs
echo / | xargs rm -rf /
#@ pos find / -delete
find / -name '*' -delete
#@ pos mkfs
mkfs.ext4 /dev/sda1
#@ pos dd onto a disk
dd if=/dev/zero of=/dev/sda bs=1M
#@ pos a redirect onto a disk
cat /dev/urandom > /dev/nvme0n1
#@ pos shred a disk
shred -n 3 /dev/sdb
#@ pos chmod -R on the root
chmod -R 777 /
#@ pos the classic fork bomb
:(){ :|:& };:
#@ pos a named fork bomb
bomb() {
  bomb | bomb &
}
bomb
#@ pos a fork bomb with two background calls
f() { f & f & }
f
#@ neg rm -rf of a build directory
rm -rf ./build
#@ neg rm -rf of a temporary directory
rm -rf /tmp/x
#@ neg rm -rf of a path under home
rm -rf ~/.cache/pip "$HOME/tmp"
#@ neg rm without -r
rm -f /etc/motd
#@ neg rm -rf of a variable that is not known
rm -rf "$BUILD_DIR"
#@ neg the command in a string and a comment
echo "never run rm -rf /"
# rm -rf /
#@ neg dd to a file
dd if=/dev/zero of=disk.img bs=1M count=10
#@ neg find that only lists
find / -name '*.conf' -print
#@ neg a recursive function that is not a fork bomb
fact() { if [ "$1" -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
fact 5
#@ neg chmod -R on a project
chmod -R 755 ./public
#@ pos xargs into rm -rf
echo "$HOME" | xargs rm -rf
#@ pos the command name from tr -d
c=$(echo r-m | tr -d -)
$c -rf ~
#@ neg xargs into rm -f
find . -name '*.o' | xargs rm -f
#@ pos a function that runs its arguments
run() { echo "+ $*"; "$@"; }
run rm -rf ~
#@ neg the same function on a build directory
run() { echo "+ $*"; "$@"; }
run rm -rf build/out
#@ pos an alias holds rm -rf
shopt -s expand_aliases
alias tidy='rm -rf'
tidy ~
#@ pos printf -v names the command
printf -v cmd '%s' rm
$cmd -rf ~
#@ neg an alias of rm -rf on a build directory
alias tidy='rm -rf'
tidy build/
#@ pos the command line in an array
cmd=(rm -rf "$HOME")
"${cmd[@]}"
#@ pos the command line in the positional parameters
set -- rm -rf ~
"$@"
#@ neg an array of an ordinary command
args=(ls -la /)
"${args[@]}"
#@ neg set -- of ordinary words
set -- a b c
echo "$@"
#@ pos the home directory through ${HOME:?}
rm -rf "${HOME:?}"/
#@ pos a home directory after a string the grammar misreads as (( arithmetic
echo "((start"
rm -rf ~
#@ pos a name bound to rm by hash -p
hash -p /bin/rm tidy
tidy -rf "$HOME"
#@ neg hash -p of a harmless program
hash -p /usr/bin/ls l
l -la ~
#@ pos rm named through a nameref
declare -n r=prog
prog=rm
"$r" -rf ~
#@ pos rsync --delete from an empty directory into the home directory
rsync -a --delete "$(mktemp -d)"/ "$HOME"/
#@ pos rsync --delete-after into /
rsync -a --delete-after /tmp/empty/ /
#@ neg rsync --delete of a build into its own output
rsync -a --delete build/ "$HOME"/site/
#@ pos tmpreaper given the home directory with an age of zero
tmpreaper --all --force 0s "$HOME"
#@ pos tmpwatch given a user's home under /home through wrappers
nice -n 19 tmpwatch -af 0 "/home/$(id -un)"
#@ pos tmpwatch given /etc
sudo tmpwatch --mtime 240 /etc
#@ neg tmpreaper and tmpwatch given scratch directories
tmpreaper --mtime 7d /tmp
tmpwatch 24 /var/tmp "$HOME/.cache/thumbnails"
#@ pos perl removes the home directory
perl -MFile::Path=remove_tree -e 'remove_tree($ENV{HOME})'
#@ pos ruby removes the home directory
ruby -rfileutils -e 'FileUtils.rm_rf(Dir.home)'
#@ neg perl removes a build directory
perl -MFile::Path=rmtree -e 'rmtree("build")'
#@ pos arithmetic evaluation of a quoted subscript with a command substitution
i='x[$(rm -rf ~)]'
echo $((i))
#@ pos cd home, then delete everything there by a relative glob
cd ~ && rm -rf ./*
#@ pos cd to the root, then delete everything
cd /
rm -rf *
#@ pos cd with no argument, then find . -delete
cd; find . -mindepth 1 -delete
#@ neg cd into a build directory, then clean it
cd "$HOME" && ls
cd build && rm -rf ./*
#@ pos rm named by a variable that is never set, options in another
read -r a b <<< "rm -rf"; $a $b ~
#@ pos an unknown program given -rf and the root directory
"$tool" -rf /
#@ pos bash -c with an unknown program given -rf and home
export X=rm; bash -c '$X -rf ~'
#@ pos sh -c whose code runs its own arguments
sh -c 'exec "$@"' _ rm -rf ~
#@ pos bash -c '"$0" "$@"' with rm as $0
bash -c '"$0" "$@"' rm -rf /
#@ neg an unknown editor on a file in home, chown of a user's quoted name
"$EDITOR" ~/.bashrc
$SUDO chown -R "$USER" ~
#@ pos the home directory's entries by brace expansion
rm -rf "$HOME"/{*,.*}
#@ pos rm under systemd-run
systemd-run --user --unit=cleanup -p Nice=5 rm -rf ~
#@ pos rm under gosu
gosu nobody rm -rf /
#@ pos a name bound to rm through the BASH_CMDS array
BASH_CMDS[tidy]=/bin/rm
tidy -rf "$HOME"
#@ pos an alias made through the BASH_ALIASES array
shopt -s expand_aliases
BASH_ALIASES[tidy]='rm -rf'
tidy ~
#@ neg BASH_CMDS of a harmless program
BASH_CMDS[l]=/usr/bin/ls
l -la ~
#@ pos zip's test command deletes the home directory
zip -q out.zip f -T -TT 'rm -rf ~ #'
#@ pos the home directory made a work tree and cleaned by git
cd ~ || exit 0
git init -q .
git clean -ffdxq
#@ pos git clean in the home directory through -C
git -C "$HOME" clean -fdx
#@ neg git clean of a checkout
cd ~/src/app && git clean -fdx
#@ neg git clean after going home and into a repository
cd
cd "$repo"
git clean -fdx
#@ neg git clean dry run in the home directory
cd ~
git clean -n -d
#@ pos a whole command line in a variable, run unquoted
c="rm -rf /"; $c
#@ pos a command line split on a custom IFS
IFS=,; c="rm,-rf,$HOME"; $c
#@ pos the default IFS spliced into a command name
rm${IFS}-rf${IFS}~
#@ pos rm and its options as an associative array's element
declare -A m=(["x"]="rm -rf" [y]=ls); ${m[x]} ~
#@ pos a here-string split into an array by read -a, then run
IFS=, read -r -a step <<<"rm,-rf,--no-preserve-root,$HOME"
"${step[@]}"
#@ neg rm with options kept in a variable, on a temporary file
RM="rm -f"; $RM "$tmp/out.txt"
#@ neg an associative array element naming ls, on the home directory
declare -A m=([x]=ls [y]=rm); ${m[x]} ~
#@ neg fields of a here-string printed one per line
IFS=, read -ra parts <<< "rm,-rf,/"; printf '%s\n' "${parts[@]}"
#@ pos tar archives the home directory and removes what it archived
tar --remove-files -cf /dev/null -C / "${HOME#/}"
#@ pos zip moves the home directory into an archive
zip -rm /tmp/a.zip ~
#@ pos xargs with its own -0 -r into rm -rf
echo ~ | xargs -0 -r rm -rf
#@ neg tar removes the log files it archived
tar --remove-files -czf logs.tgz logs/
#@ neg xargs's own -r (no run if empty) before rm -f
find "$build" -name '*.o' -print0 | xargs -0 -r rm -f
#@ neg xargs -n 1 -r into rm -f
find . -name '*.tmp' | xargs -n 1 -r rm -f
#@ pos a function that runs its arguments through command
x() { command "$@"; }
x rm -rf ~
#@ pos a function that runs its first argument from a local
run() {
	local c=$1
	shift
	$c "$@"
}
run rm -rf ~
#@ neg a function that prints its arguments
log() { echo "$@"; }
log rm -rf ~
#@ pos find runs rm on every file under the home directory
find "$HOME" -type f -exec rm -f {} +
#@ pos find pipes every file of the home directory into shred
find ~ -type f -print0 | xargs -0 shred -u
#@ pos truncate empties every file of the home directory
truncate -s 0 ~/*
#@ pos find deletes what a name filter of * picks
find ~ -name '*' -delete
#@ neg find deletes compiled Python files under the home directory
find ~ -name '*.pyc' -delete
#@ neg find pipes compiled Python files into rm
find / -name '*.pyc' -print0 | xargs -0 rm -f
#@ neg find runs rm on files of the working directory
find . -type f -mtime +7 -exec rm -f {} +
#@ pos an array joined by printf -v into the command name
a=(r m); printf -v c "%s" "${a[@]}"; $c -rf ~
#@ neg an array's elements printed one per line
a=(rm -rf /); printf '%s\n' "${a[@]}"
#@ pos every file under the home directory emptied by a redirection in a globstar loop
shopt -s globstar dotglob
for f in ~/**; do [[ -f $f ]] && : >"$f"; done
#@ pos every file of the home directory emptied by > in a loop over $HOME/*
for f in "$HOME"/*; do > "$f"; done
#@ neg a loop over the home directory appends to each file
for f in ~/*; do echo "# seen" >>"$f"; done
#@ neg a loop over log files empties them
for f in ~/logs/*.log; do : >"$f"; done
#@ neg a loop over the home directory writes a listing elsewhere
for f in ~/*; do echo "$f" >"$HOME/listing.txt"; done
#@ pos rm -f of a globstar glob of the home directory
shopt -s globstar; rm -f ~/**
#@ neg rm of a globstar glob of build objects
shopt -s globstar; rm -f build/**/*.o
#@ pos find runs a shell on every file under the home directory that empties it
find ~ -type f -exec sh -c ': > "$1"' _ {} \;
#@ pos find runs a shell on every file under the home directory that removes it
find "$HOME" -exec bash -c 'rm -f "$0"' {} \;
#@ neg find runs a shell on every file under the home directory that prints it
find ~ -type f -exec sh -c 'echo "$1"' _ {} \;
#@ pos every file of every home emptied in a globstar loop
shopt -s globstar; for f in /home/*/**; do : > "$f"; done
#@ pos tee overwrites every file of the home directory
: | tee ~/* >/dev/null
#@ neg tee appends to every file of the home directory
echo "# end" | tee -a ~/* >/dev/null
#@ neg tee writes a log in the home directory
make 2>&1 | tee ~/build.log
#@ pos a command line decoded by base32 -d
X=$(echo OJWSALLSMYQH4=== | base32 -d); $X
#@ pos a command line decoded by openssl base64 -d
c=$(echo cm0gLXJmIH4K | openssl base64 -d); $c
#@ pos the root directory spelled ${PATH:0:1}
x=${PATH:0:1}; rm -rf $x
#@ neg the first two characters of PATH
rm -rf "${PATH:0:2}"
#@ neg openssl decrypts a file with a cipher (not a plain decode)
c=$(openssl enc -d -aes-256-cbc -a -in secret.enc -pass env:K); echo "$c"
#@ pos a name started empty and appended with what getopts parses
name=""
while getopts "rm" o; do name+=$o; done
"$name" -rf -- ~
#@ pos a name appended with what read reads
n=
read -r x
n+=$x
"$n" -rf ~
#@ pos a name appended one letter per turn of a loop
t=""
for w in rot mark; do t+=${w:0:1}; done
"$t" -rf ~
#@ neg a name appended to in a loop, given a sub-directory
t=""
for w in rot mark; do t+=${w:0:1}; done
"$t" -rf ~/build
#@ pos the home directory mounted into a container that deletes it
docker run --rm -v "$HOME":/w alpine sh -c 'rm -rf /w/*'
#@ pos the root directory bind-mounted with --mount
podman run --mount type=bind,source=/,target=/host alpine true
#@ pos ~ mounted read-write with --volume=
docker run --volume=~:/h alpine true
#@ neg a project directory mounted
docker run --rm -v "$PWD":/src -w /src node:20 npm test
#@ neg a cache under the home
docker run -v "$HOME/.cache/pip":/root/.cache/pip python:3 pip install -r r.txt
#@ pos rm's name toggled from upper case (${c~~})
c=RM; ${c~~} -rf ~
#@ pos the first letter toggled (${c~})
c=Rm; ${c~} -r -f "$HOME"
#@ pos git clean in a list after cd / in an if's body
if true; then
	cd / || exit
	git init -q . && git clean -fdX
fi
#@ neg git clean before going home
git clean -fdx
cd ~
#@ pos rm's options in an array
opts=(-r -f)
rm "${opts[@]}" "$HOME"
#@ pos rm's target in an array
targets=(~)
rm -rf -- "${targets[@]}"
#@ pos rm named by set -- and "$*" with an empty IFS
set -- r m
IFS=
"$*" -r -f ~
#@ neg an array of build directories removed
dirs=(build dist)
rm -rf "${dirs[@]}"
#@ neg options in an array, a file in the home directory
x=(-f -v)
rm "${x[@]}" ~/tmp.txt
#@ pos rm named by a pathname glob
/bin/?m -r -f ~
#@ pos the home directories in a brace expansion
rm -rf /{tmp/app-cache,home}
#@ neg build directories in a brace expansion
rm -rf build/{bin,lib} dist
#@ pos the home printed by cd and pwd, emptied
w=$(cd && pwd); rm -rf "$w"/*
#@ pos the home read from the passwd database, deleted
h=$(getent passwd "$(id -un)" | cut -d: -f6); find "$h" -mindepth 1 -delete
#@ neg the login shell read from the passwd database
s=$(getent passwd "$(id -un)" | cut -d: -f7); rm -rf "$s.d"
#@ neg a build directory found by cd and pwd, removed
b=$(cd build && pwd); rm -rf "$b"
#@ pos the directory set in a here-document written to a file, then sourced
cat > "$cfg" <<'EOF2'
target=~
EOF2
. "$cfg"
rm -rf "$target"
#@ neg the same here-document written but never sourced
cat > "$cfg" <<'EOF2'
target=~
EOF2
rm -rf "$target"
#@ pos the file written by a here-document through a variable's program, sourced through a wrapper
w=tee; $w "$cfg" >/dev/null <<'EOF2'
target=~
EOF2
run() { "$@"; }; run . "$cfg"
rm -rf "$target"
#@ pos hash -p reached through a variable binds a name to rm
h=hash; "$h" -p /bin/rm tidy; tidy -rf ~
#@ pos builtin hash -p binds a name to find
builtin hash -p /usr/bin/find sweep; sweep ~ -mindepth 1 -delete
#@ neg an alias named like a program, of an ordinary command
alias tidy='tidy -q'; tidy index.html
#@ pos a here-document that empties the home, written to a file and run by yash
cat > /tmp/t.sh <<'EOF2'
rm -rf ~
EOF2
yash /tmp/t.sh
#@ pos the home's parent cut with a glob trim (dirname idiom)
rm -rf "${HOME%/*}"
#@ pos the home left by the longest-suffix glob trim of a cache path
p=~/.cache/pip/http
rm -rf "${p%%/.cache*}"
#@ neg a build directory's parent cut with a glob trim
out="$PWD/build/out.txt"
rm -rf "${out%/*}"
#@ pos the previous directory (~-) after a cd to the home and another cd
cd || exit 1
cd "$work" || exit 1
rm -rf -- ~-
#@ pos $OLDPWD after cd "$HOME" then another cd
cd "$HOME" && tar czf /tmp/b.tgz .
cd /tmp
rm -rf "$OLDPWD"/*
#@ pos ~1 after pushd ~ then pushd
pushd ~ >/dev/null
pushd "$work" >/dev/null
rm -rf ~1
#@ neg the previous directory after two cds to build directories
cd build/a
cd ../b
rm -rf ~-
#@ pos rm through a symlink the program made to the home
ln -sfn "$HOME" "$link"
rm -rf -- "$link"/*
#@ pos rm through a symlink to / with a dotglob
ln -s / root
rm -r -f root/.[!.]* ./root/*
#@ neg rm through a symlink to a build directory
ln -sfn "$PWD/build/cache" "$link"
rm -rf -- "$link"/*
#@ pos the home moved away with mv
mv "$HOME" "/tmp/old-home"
#@ pos a system directory moved away
sudo mv -f /usr /usr.x
#@ neg a file under the home moved
mv ~/notes.txt ~/archive/
#@ pos the home reached through dirname of a path in it
rm -rf "$(dirname "$HOME/.bashrc")"
#@ pos the home as dirname of the XDG default
cfg=${XDG_CONFIG_HOME:-$HOME/.config}
rm -rf -- "$(dirname -- "$cfg")"
#@ neg dirname of a generated file
out=generated/api/client.py
rm -rf "$(dirname "$out")"
#@ pos R deletes the home directory
Rscript -e 'unlink(path.expand("~"), recursive = TRUE)'
R -e 'unlink(Sys.getenv("HOME"), recursive = T)'
#@ neg R deletes a cache directory
Rscript -e 'unlink("cache", recursive = TRUE)'
#@ pos a function that runs its arguments through BASH_ARGV
shopt -s extdebug
f() { "${BASH_ARGV[2]}" "${BASH_ARGV[1]}" "${BASH_ARGV[0]}"; }
f rm -rf ~
#@ neg a function that prints its arguments through BASH_ARGV
shopt -s extdebug
f() { echo "${BASH_ARGV[0]}"; }
f rm -rf ~
#@ pos a path whose ".." leads to the home or the homes' directory
rm -rf ~/../*
rm -rf -- "$HOME/.cache/.."/*
rm -rf "$(realpath ~/..)"
d=$(readlink -f "$HOME/.local/..") && rm -rf "$d"
#@ neg a path whose ".." stays below the home
rm -rf "$HOME/.cache/pip/.."
rm -rf "$(dirname ~/x/..)"
rm -rf "$(readlink "$HOME/..")"
#@ pos a link to the home emptied after a cd into its directory
d=$(mktemp -d)
ln -s ~ "$d/ws"
cd "$d"
rm -rf ws/*
#@ pos a link to the home emptied through ${d}
d=$(mktemp -d)
ln -s ~ "$d/ws"
rm -rf "${d}/ws"/*
#@ neg a link to a project directory emptied after a cd
d=$(mktemp -d)
ln -s ~/proj "$d/ws"
cd "$d"
rm -rf ws/*
#@ pos a link to the home made through a wrapper or a quoted name
d=$(mktemp -d)
env ln -s ~ "$d/ws"
l''n -s ~ "$d/w2"
rm -rf "$d/ws"/* "$d/w2"/*
#@ pos git bisect run's program deletes the home
git bisect start HEAD HEAD~3
git -C . bisect run sh -c 'rm -rf "$HOME"'
#@ neg git bisect run runs the tests
git bisect run make -s test
#@ pos cd to the home's parent, then a relative rm in a loop
cd ~/.. || exit 1
for d in ./*/; do rm -rf -- "$d"; done
#@ pos pushd to the homes, then find . -delete
pushd "$HOME/.." || exit 1
find . -delete
#@ neg cd into a build directory, then a relative rm
cd "$HOME/proj/build/.." || exit 1
rm -rf ./*
#@ neg git log -S with an rm in the text searched for
git log -S 'rm -rf ~' --oneline
#@ pos julia rm of the home, recursive
julia -e 'rm(homedir(); recursive=true)'
#@ pos octave rmdir of the home with "s"
octave --eval 'rmdir(getenv("HOME"), "s")'
#@ neg julia rm of a build directory
julia -e 'rm("deps/build"; recursive=true)'
#@ pos rm named backwards, put right by fold, tac and paste
c=$(printf '%s' mr | fold -w1 | tac | paste -sd '')
"$c" -rf ~
#@ pos the words of rm -rf joined by paste -s
l=$(printf '%s\n' rm -rf / | paste -s -d ' ')
$l
#@ pos envsubst fills the command line from its own assignment
l=$(T=rm envsubst <<< '$T -rf /')
$l
#@ pos a command line read from a here-document by cat
l=$(cat <<'T'
rm -rf /
T
)
$l
#@ pos eval of a value cat reads from a here-document
m=$(cat <<EOF
echo cleaning
rm -rf "$HOME"
EOF
)
eval "$m"
#@ pos eval of a string over several lines, rm at the start of one
c="echo start
rm -rf $HOME"
eval "$c"
#@ neg eval of a here-document's value that cleans a build directory
m=$(cat <<EOF
rm -rf ./build
EOF
)
eval "$m"
#@ pos envsubst of a here-document with an exported variable
export D=/
l=$(envsubst <<'T'
rm -rf $D
T
)
$l
#@ neg paste -s with the default tab does not make rm
c=$(printf 'r\nm\n' | paste -s)
"$c" -rf ~
#@ pos a hyphenated default names the program (the grammar splits it)
"${tool:-octave-cli}" --eval 'rmdir(getenv("HOME"), "s")'
#@ pos set -- through command, then "$@"
command set -- rm -rf ~
"$@"
#@ pos read -a through builtin from a here-string
builtin read -r -a s <<< "rm -rf /"
"${s[@]}"
#@ pos printf -v through command names the program
command printf -v t '%s' rm
"$t" -rf ~
#@ neg set -- through command of harmless words
command set -- ls -la
"$@"
#@ pos a slice of an array is the command line
a=(echo rm -rf "$HOME" done)
"${a[@]:1:3}"
#@ pos a slice from a negative offset
cmd=(log rm -rf ~)
"${cmd[@]: -3}"
#@ pos an array command line run through sudo
job=(sudo rm -rf /home)
"${job[@]}"
#@ pos the lowercase attribute makes RM rm
declare -l tool
tool=RM
"$tool" -rf ~
#@ pos typeset -l on the assignment
typeset -l walker=RM
$walker -rf /
#@ neg a slice that is not the deleting part
argv=(gcc -O2 -o app main.c rm -rf ~)
"${argv[@]:0:4}" main.c
#@ neg a lowercase variable that is not a command
declare -l env_name=STAGING
rm -rf "build/$env_name"
#@ pos rclone purge or delete of a home or system directory
rclone purge "$HOME"
rclone delete --rmdirs /etc
#@ neg rclone on a remote or a project directory
rclone purge remote:photos-2019
rclone delete --rmdirs ./build/cache
#@ pos cmake -E remove_directory of the home
cmake -E remove_directory ~
#@ pos cmake -E rm -rf of the root
cmake -E rm -rf /
#@ pos cmake -E rm -r -f of the home
cmake -E rm -r -f "$HOME"
#@ neg cmake -E on a build directory, or a file of the home
cmake -E remove_directory build
cmake -E rm -f ~/.cache/app.lock
#@ pos a command line split by read into its names, from a here-string
read -r tool flag <<< "rm -rf"
"$tool" "$flag" ~
#@ pos the same from a pipe, under lastpipe
shopt -s lastpipe
printf '%s %s\n' rm -rf | read -r tool flag
"$tool" "$flag" /
#@ neg names read from a constant line that name no deleting program
read -r tool flag <<< "ls -la"
"$tool" "$flag" ~
#@ pos the home printed by systemd-path
rm -rf -- "$(systemd-path user)"
#@ pos the home printed by printenv
d=$(printenv HOME); find "$d" -mindepth 1 -delete
#@ pos a command name cut to two characters by read -n
read -rn2 t <<< "rmdir"; "$t" -rf ~
#@ neg a cache directory below the one systemd-path prints
rm -rf -- "$(systemd-path user-state-cache)/myapp"
#@ neg read -n of a name that stays harmless
read -rn2 t <<< "lsof"; "$t" -rf ~
#@ pos positional parameters set by eval of a constant string
eval 'set -- rm -rf ~'
"$@"
#@ neg positional parameters set by eval, run on a build directory
eval 'set -- rm -rf ./build'
"$@"
#@ pos the home spelled from the login name
rm -rf "/home/$USER"
#@ pos the home spelled from whoami's output
rm -rf /home/$(whoami)/
#@ pos the home from id -un kept in a variable
me=$(id -un); rm -rf -- "/home/${me}"
#@ neg a directory in the home spelled from the login name
rm -rf "/home/$USER/.cache/pip"
#@ neg the login name set by the program
USER=build; rm -rf "/home/$USER"
#@ pos a wrapper: systemd-inhibit
systemd-inhibit --why=cleanup rm -rf ~
#@ pos a wrapper: systemd-cat
systemd-cat -t tidy rm -rf "$HOME"
#@ neg systemd-inhibit runs a backup
systemd-inhibit --what=sleep rsync -a ~/docs/ /mnt/backup/
#@ pos a name lowered by sed's \L
n=$(echo RM | sed 's/.*/\L&/'); "$n" -rf ~
#@ pos a name lowered by awk's tolower
n=$(echo RM | awk '{print tolower($0)}'); $n -r -f ~
#@ neg a file name lowered by sed
f=$(echo BUILD | sed 's/.*/\L&/'); rm -rf "./$f"
#@ pos xargs given rm's arguments by a process substitution
xargs -0 -a <(printf '%s\0' -rf ~) rm
#@ neg xargs given ls's arguments by a process substitution
xargs -0 -a <(printf '%s\0' -la ~) ls
#@ pos a tmpfiles.d line removing the home (R %h)
printf 'R %%h - - - - -\n' > /tmp/x.conf; systemd-tmpfiles --user --remove /tmp/x.conf
#@ pos a tmpfiles.d line emptying the home, in a here-document
cat > ~/.config/user-tmpfiles.d/c.conf <<'EOF'
D /home/alice
EOF
#@ neg tmpfiles.d lines for an application's cache and runtime directory
printf 'd %%t/app 0700 - - -\nR %%C/app/tmp - - - - -\n' > ~/.config/user-tmpfiles.d/app.conf
#@ pos fd -X rm over the home directory
fd --hidden --no-ignore . "$HOME" --exec-batch rm -rf
#@ pos fdfind -x shred over /
fdfind -H -I . / -x shred -u {}
#@ pos fd --exec rm with an empty pattern over ~
fd --hidden '' ~ --exec rm -rf {}
#@ neg fd -X rm of compiled files by extension
fd -e pyc . ~ -X rm -f
#@ neg fd -X wc over the project
fd --extension sh . src --exec-batch wc -l
#@ pos Ansible's file module removing the home directory
ansible localhost -c local -m ansible.builtin.file -a "path=$HOME state=absent"
#@ pos Ansible's file module removing /etc, long options
ansible all --module-name=file --args 'state=absent path=/etc'
#@ neg Ansible's file module removing a build directory
ansible all -m ansible.builtin.file -a "path=$HOME/build state=absent"
#@ neg Ansible's file module making a directory
ansible localhost -m file -a "path=$HOME/logs state=directory"
#@ pos a home removed through bwrap
bwrap --ro-bind / / --bind "$HOME" "$HOME" --dev /dev rm -rf "$HOME"
#@ neg a build run through bwrap
bwrap --ro-bind / / --bind "$PWD" "$PWD" --dev /dev make -j4
#@ pos set named by a variable sets the positional parameters run as a command
s=set
"$s" -- rm -rf ~
"$@"
#@ pos rm named by echo in a command substitution
"$(echo rm)" -rf "$HOME"
#@ neg a variable set to a constant names a build's clean
c=make
"$c" -C build clean
#@ pos set named by a constant command substitution sets the positional parameters run as a command
"$(printf %s set)" -- rm -rf ~
"$@"
#@ pos Tcl on a here-string deletes the home directory
tclsh <<< 'file delete -force ~'
#@ pos Perl on a here-document removes the home directory
perl -MFile::Path <<'PL'
rmtree($ENV{HOME});
PL
#@ pos Ruby given code through a pipe removes the home directory
echo 'FileUtils.rm_rf(Dir.home)' | ruby -rfileutils
#@ pos expect's Tcl deletes the home directory
expect -c 'file delete -force $env(HOME)'
#@ neg Tcl on a here-string deletes a build directory under the home directory
tclsh <<< 'file delete -force ~/build/tmp'
#@ neg Perl on a here-document removes generated files
perl -MFile::Path <<'PL'
rmtree("blib");
PL
#@ pos a terminal emulator runs rm on the home directory
xterm -e rm -rf "$HOME"
#@ pos gnome-terminal runs rm after --
gnome-terminal -- rm -rf ~
#@ neg a terminal emulator runs a monitor
xterm -e htop
#@ pos a function runs a program read at run time with its arguments
read -r c
run() { "$c" "$@"; }
run rm -rf ~
#@ pos a function's program word is empty, so its arguments are the command
w() {
  local r=${RUNNER:-}
  $r "$@"
}
w rm -rf ~
#@ neg a function runs a program read at run time on a build directory
read -r c
run() { "$c" "$@"; }
run rm -rf ./build/tmp
