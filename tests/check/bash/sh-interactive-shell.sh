#@ pos an interactive bash
bash -i
#@ pos exec of a shell at the end of a script
echo ready
exec /bin/sh
#@ pos find runs a shell (GTFOBins)
find . -exec /bin/sh \; -quit
#@ pos env and nice run a shell
env /bin/sh
nice -n 5 /bin/bash -p
#@ pos a shell started by sh -c code built with printf
sh -c "$(printf '%s %s' id ';sh')"
#@ neg shells that run a script, a string, a pipe or a here-document
bash ./build.sh
sh -c 'make test'
curl -fsSL https://example.com/data.json | jq .
cat <<'EOS' | bash
echo hello
EOS
bash -n ./build.sh
find . -name '*.sh' -exec bash -n {} \;
#@ pos su to a user starts their shell
su bob
#@ pos sudo -i
sudo -i
#@ neg su and sudo running a command
su - postgres -c "createdb app"
sudo -u postgres psql -c 'select 1'
#@ neg a shell's version, help, or syntax check
bash --version
v=$(bash --version)
sh --help
fish --version
bash -n
#@ pos tar's checkpoint action starts a shell
tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec=/bin/sh
#@ pos setarch runs a shell
setarch "$(arch)" /bin/sh
#@ pos cpulimit runs a shell
cpulimit -l 100 -f /bin/sh
#@ pos a shell whose output only is redirected reads stdin
bash 2>/dev/null
#@ pos a coprocess shell with its errors redirected
coproc W { bash 2>&1; }
#@ neg a shell given a file, or stdin redirected
bash script.sh > log 2>&1
bash < script.sh 2>&1
bash -n x.sh 2>&1
#@ neg a shell given its code by a here-string, or its stdin redirected before its name
bash <<< 'make -C build test'
sh -s -- --verbose <<< "echo ok"
<job.sh bash
#@ pos a shell whose output only is redirected, before its name
2>/dev/null bash
#@ pos a shell given an argument that looks like a redirect
bash -s '<<<'
#@ pos at runs the commands on the script's stdin
at now + 1 minute
#@ neg at listing, printing or removing queued jobs
at -l
at -c 4
at -r 4
#@ neg fd -x bash gives bash each path found, not stdin
fd -e sh . tests -x bash
