#@ pos curl
curl -s https://api.example.com/v1/items
#@ pos wget
wget https://example.com/file.tar.gz
#@ pos ssh
ssh user@example.com uptime
#@ pos scp to a remote host
scp ./report.txt user@example.com:/tmp/
#@ pos rsync to a remote host
rsync -az ./site/ deploy@example.com:/var/www/
#@ pos nc
nc example.com 80
#@ pos ftp
ftp ftp.example.com
#@ pos curl through a variable and sudo
fetch_cmd=curl
sudo "$fetch_cmd" -fsSLO https://example.com/x
#@ pos curl hidden by quoting and a path
/usr/bin/"cu"rl https://example.com
#@ pos curl through xargs
cat urls.txt | xargs -n1 curl -O
#@ neg curl --version
curl --version
#@ neg command -v curl
command -v curl >/dev/null || echo "curl missing"
#@ neg curl as an argument
apt-get install -y curl
man wget
#@ neg a local rsync and a local copy
rsync -a ./src/ ./backup/
cp a.txt b.txt
#@ neg the command in a string
echo "curl https://example.com"
#@ neg a function named fetch_data
fetch_data() { cat data.txt; }
fetch_data
#@ pos a DNS lookup sends a name out
nslookup "$chunk.t.example.net"
#@ pos dig
dig +short example.com
#@ neg dig's version
dig -v
#@ pos nc run by a named coproc
coproc N { nc 203.0.113.5 4444; }
#@ pos mail to an address
mail -s report ops@example.com < report.txt
#@ pos ping with a chosen pattern
ping -c1 -p 41414141 203.0.113.5
#@ neg ping of a host
ping -c1 example.com
#@ pos openssl s_client connects
openssl s_client -connect example.com:443 </dev/null
#@ neg openssl prints a certificate
openssl x509 -in cert.pem -noout -text
#@ pos logger sends to a remote syslog server
logger -n 192.0.2.1 -P 514 "started"
logger --server=logs.example.net -t job done
#@ neg logger writes the local journal
logger -t backup -p user.info "done"
#@ pos redis-cli talks to a server
redis-cli -h cache.example.net PING
#@ pos mosquitto_pub talks to a server
mosquitto_pub -h broker.example.net -t t -m hi
#@ neg their versions
redis-cli --version
mosquitto_pub --help
#@ pos an address opened in the browser
xdg-open "https://example.com/?q=1"
#@ pos gio opens an address
gio open https://example.com/
#@ neg xdg-open a local file
xdg-open ./report.pdf
#@ pos git ls-remote of an address
git ls-remote https://git.example.org/r.git
#@ pos git clone of an address with options before it
git clone --depth 1 https://github.com/example/lib.git vendor/lib
#@ neg git log
git log --oneline -5
#@ neg git remote add names an address without connecting
git remote add origin https://github.com/example/lib.git
