; Native code, the network, credentials, the environment, the file system.

((import_statement [(dotted_name) @finding (aliased_import name: (dotted_name) @finding)])
 (#match? @finding "^(ctypes|_ctypes|cffi)(\\.|$)")
 (#set! id "py-native-code")
 (#set! severity "high")
 (#set! message "loads native code (ctypes/cffi), which bypasses everything Python checks"))

((import_from_statement module_name: (dotted_name) @finding)
 (#match? @finding "^(ctypes|_ctypes|cffi)(\\.|$)")
 (#set! id "py-native-code")
 (#set! severity "high")
 (#set! message "loads native code (ctypes/cffi), which bypasses everything Python checks"))

; ... and the loaders of other libraries: numpy.ctypeslib.load_library(name,
; dir), torch.ops.load_library(path), tf.load_op_library(path), llvmlite's
; load_library_permanently, cppyy, torch's cpp_extension (compiles, loads)
((call function: (_) @fn) @finding
 (#resolves-to? @fn "(ctypes|_ctypes|cffi)\\..*|importlib\\.machinery\\.ExtensionFileLoader|imp\\.load_dynamic|_imp\\.(create_dynamic|exec_dynamic)|numpy\\.ctypeslib\\.load_library|torch\\.(ops|classes)\\.load_library|torch\\.utils\\.cpp_extension\\.(load|load_inline)|tensorflow\\.(load_library|load_op_library)|tensorflow\\.experimental\\.register_filesystem_plugin|llvmlite\\.binding\\.load_library_permanently|cppyy\\.(load_library|cppdef|include)")
 (#set! id "py-native-code")
 (#set! severity "high")
 (#set! message "calls native code (ctypes, cffi or a library loader), which bypasses everything Python checks"))

; a shared library loaded into SQLite: conn.enable_load_extension(True),
; conn.load_extension("/tmp/x.so")
((call function: (_) @m) @finding
 (#method? @m "load_extension" "enable_load_extension")
 (#set! id "py-native-code")
 (#set! severity "high")
 (#set! message "loads a shared library into SQLite (load_extension), native code that bypasses everything Python checks"))

; (and the message brokers' and other clients: MQTT's paho, WebSocket
; clients, ZeroMQ, RabbitMQ's pika, Kafka, NATS, libcurl's pycurl; the
; clients of a remote store: Redis, memcached, MongoDB, Elasticsearch,
; Cassandra, gRPC, PostgreSQL and MySQL, where a set() or insert() puts the
; data on another host; the error-reporting, analytics and metrics clients:
; Sentry, Rollbar, Bugsnag, Honeybadger, PostHog, Mixpanel, StatsD, Datadog,
; InfluxDB, whose context and events go to their servers; Slack's, Twilio's,
; Telegram's and Discord webhooks' clients; Vault's hvac; the cloud
; storage clients, boto3's client and resource, Google Cloud Storage and
; Azure Blob Storage, whose uploads land in a bucket elsewhere)
((call function: (_) @fn) @finding
 (#resolves-to? @fn "socket\\.(socket|create_connection|create_server|socketpair|fromfd|gethostbyname|gethostbyname_ex|getaddrinfo)|urllib\\.request\\.(urlopen|urlretrieve|Request)|urllib3\\..*|http\\.client\\.HTTPS?Connection|requests\\.(get|post|put|patch|delete|head|request|Session)|httpx\\..*|aiohttp\\..*|asyncio\\.open_(connection|unix_connection)|(ftplib|smtplib|telnetlib|poplib|imaplib|xmlrpc\\.client)\\..*|paramiko\\..*|urllib\\.request\\.(build_opener|OpenerDirector)|logging\\.handlers\\.(HTTPHandler|SocketHandler|DatagramHandler|SMTPHandler|SysLogHandler)|multiprocessing\\.connection\\.Client|http\\.server\\.(HTTPServer|ThreadingHTTPServer)|_socket\\.(socket|socketpair|fromfd)|ssl\\.(create_connection|wrap_socket|SSLSocket)|asyncio\\.(get_running_loop|get_event_loop|new_event_loop)\\(\\)\\.(create_connection|create_datagram_endpoint|create_unix_connection|sock_connect|create_server|getaddrinfo|getnameinfo)|webbrowser\\.(open|open_new|open_new_tab)|multiprocessing\\.managers\\.(BaseManager|SyncManager)|socketserver\\.(TCPServer|ThreadingTCPServer|UDPServer|ThreadingUDPServer|ForkingTCPServer)|xmlrpc\\.server\\..*|asyncio\\.start_server|wsgiref\\.simple_server\\.make_server|urllib\\.robotparser\\.RobotFileParser|urllib\\.request\\.(FancyURLopener|URLopener)|ssl\\.get_server_certificate|xml\\.sax\\.parse|xml\\.dom\\.(minidom|pulldom)\\.parse|nntplib\\..*|paho\\.mqtt\\..*|websocket\\.(create_connection|WebSocket|WebSocketApp)|websockets\\..*|zmq\\..*|pika\\..*|kafka\\.(KafkaProducer|KafkaConsumer)|nats\\..*|pycurl\\..*|(redis|valkey|aioredis|pymemcache|memcache|pymongo|motor|elasticsearch|opensearchpy|cassandra|grpc|kombu|stomp|pymysql|MySQLdb)\\..*|psycopg2?\\.connect|mysql\\.connector\\.connect|(sentry_sdk|raven|rollbar|bugsnag|honeybadger|posthog|mixpanel|slack_sdk|twilio|telegram|discord_webhook|hvac|statsd|datadog|influxdb_client)\\..*|boto3\\.(client|resource)|boto3\\.session\\.Session|google\\.cloud\\.storage\\..*|azure\\.storage\\.blob\\..*")
 (#set! id "py-network")
 (#set! severity "warn")
 (#set! message "opens a network connection"))

; The Docker (Podman, containerd) daemon's own socket talked to (http.client
; or requests over AF_UNIX, socket.connect, asyncio.open_unix_connection,
; DOCKER_HOST=unix://...): its API starts containers, privileged and with
; the host's root mounted, whose commands run as root on the host
([(string) (concatenated_string)] @finding
 (#match? @finding "(docker|podman|containerd)\\.sock(?![\\w.-])")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "talks to the container daemon's socket (docker.sock), whose API runs any program as root on the host"))

; Private keys recognised by their content (a file's text matched against
; "-----BEGIN ... PRIVATE KEY-----") in a program that talks to the network:
; no credential file is named, the keys are found wherever they lie and sent
((string) @finding
 (#match? @finding "BEGIN[^\"'\n]{0,40}PRIVATE KEY")
 (#program-calls? @finding "socket\\.(socket|create_connection)|urllib\\.request\\.(urlopen|Request)|http\\.client\\.HTTPS?Connection|(requests|httpx|aiohttp|smtplib|ftplib|xmlrpc\\.client)\\..*")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "looks for private keys by their content (BEGIN ... PRIVATE KEY) and talks to the network"))

; The SSH agent's socket (SSH_AUTH_SOCK) connected to by the program itself:
; whatever it relays there is signed with the user's keys (the agent
; handed to a child in env= is not this)
((call
   function: (attribute attribute: (identifier) @m)
   arguments: (argument_list . (_) @addr)) @finding
 (#any-of? @m "connect" "connect_ex" "open_unix_connection")
 (#text-or-bound-match? @addr "SSH_AUTH_SOCK")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "connects to the SSH agent (SSH_AUTH_SOCK), which signs with the user's keys for whoever holds the connection"))

;; The cloud SDK's own credential chain asked for the keys it resolved
; (botocore's get_credentials or get_frozen_credentials: access key,
; secret key, session token), in a program that talks to the network by
; other means than the SDK: the keys are read without naming their file
((call
   function: (attribute attribute: (identifier) @m)) @finding
 (#any-of? @m "get_credentials" "get_frozen_credentials")
 (#program-calls? @finding "(boto3|botocore|aiobotocore)\\..*")
 (#program-calls? @finding "socket\\.(socket|create_connection)|urllib\\.request\\.(urlopen|Request|urlretrieve)|http\\.client\\.HTTPS?Connection|(requests|httpx|aiohttp|urllib3|smtplib|ftplib|xmlrpc\\.client)\\..*")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "asks the cloud SDK for the keys it holds (get_credentials) and talks to the network"))

; (other tools' logins count: podman's containers/auth.json, Kaggle's and
; Hugging Face's tokens, Maven's and Gradle's repository passwords, the
; doctl, OCI, fly, 1Password CLIs', AI agent CLIs' auth files; mail,
; chat and FTP clients' saved passwords: msmtp, fetchmail, Pidgin,
; FileZilla; Terraform's CLI token; WireGuard and NetworkManager
; connection files, as the Bash rules count them; a shell's or a REPL's
; history, ~/.bash_history, ~/.psql_history, where typed tokens and
; passwords stay)
; (ssh's client settings, ~/.ssh/config and known_hosts, hold no secret:
; read, they are not credentials; written, config is persistence below.
; A join's ".ssh" part followed by "config" is that file, not the keys)
([(string) (concatenated_string) (binary_operator) (call)] @finding
 (#value-match? @finding "(^|/)\\.ssh/(?!(config|known_hosts2?)$)|(^|/)\\.ssh$|(^|/)\\.aws(/|$)|/etc/(shadow|gshadow|sudoers|master\\.passwd)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc)$|\\.docker/config\\.json|\\.kube/config|(^|/)\\.gnupg(/|$)|/proc/[^/]+/(task/[^/]+/)?environ|\\.local/share/(keyrings|kwalletd[56]?)(/|$)|(^|/)\\.password-store(/|$)|Library/Keychains|(^|/)id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?$|(^|/)id_[*?]$|\\.config/gcloud|(^|/)\\.azure(/|$)|/var/run/secrets|/run/secrets|(^|/)\\.[^/]*/credentials(\\.json)?$|\\.config/(gh|hub)/hosts\\.yml|(^|/)\\.(vault-token|s3cfg|boto|my\\.cnf)$|\\.(cargo|gem|terraform\\.d)/credentials|\\.config/rclone/|\\.config/(google-chrome|chromium|BraveSoftware|microsoft-edge|discord|Signal)(/|$)|\\.mozilla/firefox|(^|/)(Login Data|logins\\.json|key[34]\\.db|cookies\\.sqlite|Local State|wallet\\.dat)$|(^|/)\\.(bitcoin|electrum|ethereum/keystore)(/|$)|\\.config/solana/id\\.json|\\.(config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub)$|config/op(/|$)|(cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|oci/config|fly/config\\.yml|codex/auth\\.json|claude/\\.credentials\\.json)$)|(^|/)\\.databrickscfg$|(^|/)\\.(msmtprc|fetchmailrc|terraformrc)$|\\.config/msmtp/config$|\\.purple/accounts\\.xml$|\\.config/filezilla/(sitemanager|recentservers)\\.xml$|/etc/(wireguard/[^/]+\\.conf|NetworkManager/system-connections(/|$))|(^|/)\\.oci(/|$)|(^|/)\\.[^/]+/([^/]+/)*[^/]*(key|private|secret)[^/]*\\.(pem|der|p12|pfx)$|(^|/)\\.[^/]+/([^/]+/)*[^/]+\\.(key|p12|pfx|jks|keystore)$|(^|/)\\.(bash|zsh|sh|ksh|python|mysql|psql|sqlite|node_repl|rediscli)_history$|(^|/)\\.local/share/fish/fish_history$|\\.(snowsql/config|dbt/profiles\\.yml|config/hcloud/cli\\.toml|config/linode-cli|config/openstack/clouds\\.yaml|ngrok2/ngrok\\.yml|config/ngrok/ngrok\\.yml)$")
 (#not-next-text-match? @finding "^\\s*[,/]\\s*[rRuU]?[\"'](config|known_hosts2?)[\"']")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

;; the cloud instance's own credentials, from its metadata service: AWS's
; iam/security-credentials/ (IPv4 or IPv6 address) and a container's
; 169.254.170.2, GCP's service-accounts/.../token, Azure's identity token
; (the instance's zone, id or region are ordinary)
([(string) (concatenated_string) (binary_operator) (call)] @finding
 (#value-match? @finding "^(https?://)?(169\\.254\\.169\\.254|\\[fd00:ec2::254\\])/latest/meta-data/iam/security-credentials|^(https?://)?(169\\.254\\.169\\.254|metadata\\.google\\.internal|metadata)/(computeMetadata/v1/instance/service-accounts|metadata/identity/oauth2/token)|^(https?://)?169\\.254\\.170\\.2(/|$)")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "asks the cloud metadata service for the instance's credentials (its role's keys or token)"))

;; ... and a table the program parses from its own text (csv.reader or
; csv.DictReader of io.StringIO(TEXT) or TEXT.splitlines(), io.StringIO(TEXT)
; read line by line) whose cells name a credentials directory or key file:
; ".aws,credentials" or ".ssh\tid_ed25519" joined back into a path
((call
   function: (_) @fn
   arguments: (argument_list . (_) @finding)) @call
 (#resolves-to? @fn "io\\.StringIO|csv\\.(reader|DictReader)")
 (#value-match? @finding "(^|[\\n,;\\t|:])\\s*[\"']?(\\.(ssh|aws|gnupg|azure|kube|password-store)|id_(rsa|dsa|ecdsa|ed25519)|\\.(netrc|pgpass|git-credentials|npmrc|pypirc|vault-token|s3cfg|my\\.cnf))[\"']?\\s*([\\n,;\\t|:]|$)")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))
((call
   function: (_) @fn
   arguments: (argument_list . (call
     function: (attribute object: (_) @finding attribute: (identifier) @split)))) @call
 (#resolves-to? @fn "csv\\.(reader|DictReader)")
 (#any-of? @split "splitlines" "split")
 (#value-match? @finding "(^|[\\n,;\\t|:])\\s*[\"']?(\\.(ssh|aws|gnupg|azure|kube|password-store)|id_(rsa|dsa|ecdsa|ed25519)|\\.(netrc|pgpass|git-credentials|npmrc|pypirc|vault-token|s3cfg|my\\.cnf))[\"']?\\s*([\\n,;\\t|:]|$)")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

;; ... and a file named by an option of a configparser the program fills
; from its own text (open(cp["paths"]["deploy_key"]) with deploy_key =
; %(keydir)s/id_%(algo)s): the option's value, interpolated
((call
   function: (_) @fn
   arguments: (argument_list . (subscript) @finding)) @call
 (#resolves-to? @fn "builtins\\.open|io\\.open|os\\.open|codecs\\.open|pathlib\\.(Pure)?(Posix)?Path|shutil\\.(copy|copy2|copyfile|copytree|make_archive)|tarfile\\.open|zipfile\\.ZipFile|fileinput\\.input|linecache\\.get(line|lines)")
 (#value-match? @finding "(^|/)\\.ssh/(?!(config|known_hosts2?)$)|(^|/)\\.ssh$|(^|/)\\.aws(/|$)|/etc/(shadow|gshadow|sudoers|master\\.passwd)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc)$|\\.docker/config\\.json|\\.kube/config|(^|/)\\.gnupg(/|$)|/proc/[^/]+/(task/[^/]+/)?environ|\\.local/share/(keyrings|kwalletd[56]?)(/|$)|(^|/)\\.password-store(/|$)|Library/Keychains|(^|/)id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?$|(^|/)id_[*?]$|\\.config/gcloud|(^|/)\\.azure(/|$)|/var/run/secrets|/run/secrets|(^|/)\\.[^/]*/credentials(\\.json)?$|\\.config/(gh|hub)/hosts\\.yml|(^|/)\\.(vault-token|s3cfg|boto|my\\.cnf)$|\\.(cargo|gem|terraform\\.d)/credentials|\\.config/rclone/|\\.config/(google-chrome|chromium|BraveSoftware|microsoft-edge|discord|Signal)(/|$)|\\.mozilla/firefox|(^|/)(Login Data|logins\\.json|key[34]\\.db|cookies\\.sqlite|Local State|wallet\\.dat)$|(^|/)\\.(bitcoin|electrum|ethereum/keystore)(/|$)|\\.config/solana/id\\.json|\\.(config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub)$|config/op(/|$)|(cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|oci/config|fly/config\\.yml|codex/auth\\.json|claude/\\.credentials\\.json)$)|(^|/)\\.databrickscfg$|(^|/)\\.(msmtprc|fetchmailrc|terraformrc)$|\\.config/msmtp/config$|\\.purple/accounts\\.xml$|\\.config/filezilla/(sitemanager|recentservers)\\.xml$|/etc/(wireguard/[^/]+\\.conf|NetworkManager/system-connections(/|$))|(^|/)\\.oci(/|$)|(^|/)\\.[^/]+/([^/]+/)*[^/]*(key|private|secret)[^/]*\\.(pem|der|p12|pfx)$|(^|/)\\.[^/]+/([^/]+/)*[^/]+\\.(key|p12|pfx|jks|keystore)$|(^|/)\\.(bash|zsh|sh|ksh|python|mysql|psql|sqlite|node_repl|rediscli)_history$|(^|/)\\.local/share/fish/fish_history$|\\.(snowsql/config|dbt/profiles\\.yml|config/hcloud/cli\\.toml|config/linode-cli|config/openstack/clouds\\.yaml|ngrok2/ngrok\\.yml|config/ngrok/ngrok\\.yml)$")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

; another process's environment, its pid computed: f"/proc/{pid}/environ"
; (an f-string does not fold when a field is not known; its text is read)
((string (interpolation)) @finding
 (#match? @finding "/proc/[^/]+/(task/[^/]+/)?environ[\"']$")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

; a file named through a decoder: open(bytes.fromhex("7e2f2e737368...").decode()),
; Path.home() / codecs.decode(".njf", "rot13"), rmtree of "".join(chr(c) for
; c in [...]): the name is hidden on purpose, so what is read, written or
; deleted was not checked (an ordinary program spells its file names;
; encoding one, base64.urlsafe_b64encode for a cache key, is not decoding)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path)) @finding
 (#resolves-to? @fn "builtins\\.open|io\\.open|os\\.(open|remove|unlink|rmdir|removedirs|listdir|scandir|walk|path\\.expanduser|path\\.join)|codecs\\.open|pathlib\\.(Pure)?(Posix)?Path|shutil\\.(copy|copy2|copyfile|copytree|copyfileobj|rmtree|move|make_archive)|glob\\.i?glob|tarfile\\.open|zipfile\\.ZipFile|linecache\\.get(line|lines)|fileinput\\.input")
 (#contains-call? @path "builtins\\.(bytes|bytearray)\\.fromhex|binascii\\.(unhexlify|a2b_.*)|base64\\.(b16decode|b32decode|b32hexdecode|b64decode|standard_b64decode|urlsafe_b64decode|b85decode|a85decode|decodebytes)|codecs\\.(decode|encode)|builtins\\.(chr|bytes|bytearray|reversed)|(zlib|bz2|lzma|gzip)\\.decompress|quopri\\.(decodestring|decode)|email\\.(base64mime|quoprimime)\\..*decode.*|uu\\.decode|socket\\.inet_(aton|pton)")
 (#set! id "py-hidden-path")
 (#set! severity "high")
 (#set! message "opens, lists or deletes a file whose name is hidden by an encoding (hex, base32, rot13, character codes): what it touches was not checked"))

((call function: [(attribute object: (_) @path attribute: (identifier) @m)
                  (call arguments: (argument_list . (_) @path . (_) @m))]) @finding
 (#method? @m "read_bytes" "read_text" "open" "write_bytes" "write_text" "unlink" "rmdir" "iterdir" "glob" "rglob" "rename" "replace")
 (#contains-call? @path "builtins\\.(bytes|bytearray)\\.fromhex|binascii\\.(unhexlify|a2b_.*)|base64\\.(b16decode|b32decode|b32hexdecode|b64decode|standard_b64decode|urlsafe_b64decode|b85decode|a85decode|decodebytes)|codecs\\.(decode|encode)|builtins\\.(chr|bytes|bytearray|reversed)|(zlib|bz2|lzma|gzip)\\.decompress|quopri\\.(decodestring|decode)|email\\.(base64mime|quoprimime)\\..*decode.*|uu\\.decode|socket\\.inet_(aton|pton)")
 (#set! id "py-hidden-path")
 (#set! severity "high")
 (#set! message "opens, lists or deletes a file whose name is hidden by an encoding (hex, base32, rot13, character codes): what it touches was not checked"))

; ... or any later part of a join (os.path.join(home, b"".join(map(
; socket.inet_aton, quads)).decode()) in a helper whose result is opened):
; a decoder's output as a part of a path; not chr(), bytes() or reversed(),
; which an ordinary program uses for a shard or a drive letter
((call
   function: (_) @fn
   arguments: (argument_list (_) (_) @path)) @finding
 (#resolves-to? @fn "os\\.path\\.join|posixpath\\.join")
 (#contains-call? @path "builtins\\.(bytes|bytearray)\\.fromhex|binascii\\.(unhexlify|a2b_.*)|base64\\.(b16decode|b32decode|b32hexdecode|b64decode|standard_b64decode|urlsafe_b64decode|b85decode|a85decode|decodebytes)|codecs\\.(decode|encode)|(zlib|bz2|lzma|gzip)\\.decompress|quopri\\.(decodestring|decode)|email\\.(base64mime|quoprimime)\\..*decode.*|uu\\.decode|socket\\.inet_(aton|pton)")
 (#set! id "py-hidden-path")
 (#set! severity "high")
 (#set! message "opens, lists or deletes a file whose name is hidden by an encoding (hex, base32, rot13, character codes): what it touches was not checked"))

; ... or in a data: URL read back through urlopen (urlopen("data:;base64,
; fi8u...").read().decode(), "data:,%7E%2F"): a decoder of base64 and
; percent-encoding that downloads nothing
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path)) @finding
 (#resolves-to? @fn "builtins\\.open|io\\.open|os\\.(open|remove|unlink|rmdir|removedirs|listdir|scandir|walk|path\\.expanduser|path\\.join)|codecs\\.open|pathlib\\.(Pure)?(Posix)?Path|shutil\\.(copy|copy2|copyfile|copytree|copyfileobj|rmtree|move|make_archive)|glob\\.i?glob|tarfile\\.open|zipfile\\.ZipFile|linecache\\.get(line|lines)|fileinput\\.input")
 (#contains-call-with? @path "urllib\\.request\\.(urlopen|Request)\\(data:[\\s\\S]*|email\\.message_from_(string|bytes)\\([\\s\\S]*Content-Transfer-Encoding:[ \\t]*(base64|quoted-printable|x-uuencode)[\\s\\S]*")
 (#set! id "py-hidden-path")
 (#set! severity "high")
 (#set! message "opens, lists or deletes a file whose name is hidden in a data: URL read by urlopen or an encoded MIME body (base64 or percent-encoded): what it touches was not checked"))

((call function: [(attribute object: (_) @path attribute: (identifier) @m)
                  (call arguments: (argument_list . (_) @path . (_) @m))]) @finding
 (#method? @m "read_bytes" "read_text" "open" "write_bytes" "write_text" "unlink" "rmdir" "iterdir" "glob" "rglob" "rename" "replace")
 (#contains-call-with? @path "urllib\\.request\\.(urlopen|Request)\\(data:[\\s\\S]*|email\\.message_from_(string|bytes)\\([\\s\\S]*Content-Transfer-Encoding:[ \\t]*(base64|quoted-printable|x-uuencode)[\\s\\S]*")
 (#set! id "py-hidden-path")
 (#set! severity "high")
 (#set! message "opens, lists or deletes a file whose name is hidden in a data: URL read by urlopen or an encoded MIME body (base64 or percent-encoded): what it touches was not checked"))

; the shadow password database read through its module (spwd.getspall(),
; spwd.getspnam(user).sp_pwdp): every account's password hash, as
; /etc/shadow itself (a login check has PAM for that)
((call function: (_) @fn) @finding
 (#resolves-to? @fn "spwd\\.(getspall|getspnam)")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "reads the shadow password database (spwd), every account's password hash"))

; A project's .env: loading it into the program's settings is ordinary; with
; the network in the same program it is the secrets sent out (analyze.c
; combine makes that py-env-exfil, high)
([(string) (concatenated_string) (binary_operator) (call)] @finding
 (#value-match? @finding "(^|/)\\.env$|^/?environ$")
 (#set! id "py-dotenv")
 (#set! severity "warn")
 (#set! message "names a .env file, where a project keeps its secrets (high when the program also talks to the network)"))

; wsgiref's copy of the environment: read_environ() returns os.environ as
; a dict, every handler class's os_environ holds it, and a CGI handler
; hands it to the app it runs: the whole environment without naming
; os.environ
((call function: (_) @fn) @finding
 (#resolves-to? @fn "wsgiref\\.handlers\\.(read_environ|CGIHandler|IISCGIHandler)")
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

([(attribute) (call)] @finding
 (#resolves-to? @finding "wsgiref\\.handlers\\.[A-Za-z]+(\\(\\))?\\.os_environ")
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

; The whole environment read: os.environ (or os.environ._data, the
; dictionary inside) passed on, iterated, copied, printed, returned.
; Binding it to a name (env = os.environ, env = env or os.environ),
; testing that name (env is None) or one variable in it ("KEY" in
; os.environ, not os.environ) is not a read; what is done with the name is.
; A copy that only goes to the env of a program started (env=dict(os.environ,
; X="1"), os.execvpe(p, a, env)) is not read by the program (#child-env?).
([(attribute) (call)] @finding
 (#resolves-to? @finding "os\\.environb?(\\._data)?")
 (#not-parent-type? @finding "attribute" "subscript" "assignment" "conditional_expression" "boolean_operator" "comparison_operator" "not_operator")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((identifier) @finding
 (#resolves-to? @finding "os\\.environb?")
 (#not-parent-type? @finding "attribute" "subscript" "dotted_name" "aliased_import" "import_from_statement" "keyword_argument" "assignment" "conditional_expression" "boolean_operator" "comparison_operator" "not_operator" "default_parameter" "typed_default_parameter" "parameters" "global_statement" "nonlocal_statement")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

; f(data=env), and a choice (os.environ if x else {}) used where a read is
((keyword_argument value: [(identifier) (attribute)] @finding)
 (#resolves-to? @finding "os\\.environb?(\\.(items|keys|values|copy))?")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

([(conditional_expression [(identifier) (attribute)] @finding)
  (boolean_operator [(identifier) (attribute)] @finding)] @choice
 (#not-parent-type? @choice "assignment" "conditional_expression" "boolean_operator" "parenthesized_expression")
 (#resolves-to? @finding "os\\.environb?")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((call function: (attribute object: (_) @env attribute: (identifier) @m)) @finding
 (#resolves-to? @env "os\\.environb?")
 (#any-of? @m "items" "keys" "values" "copy")
 (#not-parent-type? @finding "for_in_clause")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

; ... the method reached another way: c = os.environ.copy; c(), a dict of
; functions, getattr(os.environ, "items")()
((call function: [(identifier) (subscript) (call)] @fn) @finding
 (#resolves-to? @fn "os\\.environb?\\.(items|keys|values|copy)")
 (#not-parent-type? @finding "for_in_clause")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

; ... the method handed on to be called later: executor.submit(
; os.environ.copy), defaultdict(os.environ.copy), {"env": os.environ.items}
; (as a keyword, default_factory=os.environ.copy, it is read above). A
; call or a table that hands it back to be called at once
; (f(os.environ.items)(), {"f": os.environ.items}["f"]()) is the method's
; call, judged as such above.
([(call arguments: (argument_list (attribute) @finding))
  (dictionary (pair value: (attribute) @finding))
  (list (attribute) @finding)
  (tuple (attribute) @finding)] @c
 (#match? @finding "\\.(items|keys|values|copy)$")
 (#not-parent-type? @c "call" "subscript")
 (#resolves-to? @finding "os\\.environb?\\.(items|keys|values|copy)")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

; In a comprehension the environment is read whole unless the only filter
; keeps the names with a constant prefix:
; {k: v for k, v in os.environ.items() if k.startswith("APP_")}
((_ (for_in_clause
      right: (call function: (attribute object: (_) @env attribute: (identifier) @m)) @finding) .)
 (#resolves-to? @env "os\\.environb?")
 (#any-of? @m "items" "keys" "values" "copy")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((_ (for_in_clause
      right: (call function: [(identifier) (subscript) (call)] @fn) @finding) .)
 (#resolves-to? @fn "os\\.environb?\\.(items|keys|values|copy)")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((_ (for_in_clause
      right: (call function: (attribute object: (_) @env attribute: (identifier) @m)) @finding)
    (if_clause) @cond)
 (#resolves-to? @env "os\\.environb?")
 (#any-of? @m "items" "keys" "values" "copy")
 (#not-match? @cond "^if\\s+[A-Za-z_][A-Za-z0-9_]*\\.startswith\\([^()]*\\)$")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((_ (for_in_clause
      right: (call function: (attribute object: (_) @env attribute: (identifier) @m)) @finding)
    (if_clause (call arguments: (argument_list . (_) @prefix .))))
 (#resolves-to? @env "os\\.environb?")
 (#any-of? @m "items" "keys" "values" "copy")
 (#not-value-match? @prefix ".")
 (#not-child-env? @finding)
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((import_from_statement module_name: (dotted_name) @m (wildcard_import)) @finding
 (#match? @m "^(os|posix|subprocess|pty|ctypes|socket|importlib|builtins|shutil|sys|commands|multiprocessing)$")
 (#set! id "py-star-import")
 (#set! severity "warn")
 (#set! message "imports everything from a powerful module, which hides which of its functions are used"))

; A class's __reduce__ or __reduce_ex__ returning (shutil.rmtree, (home,)):
; copy.copy, copy.deepcopy and pickle rebuild the object by calling the
; pair, so the return is that call
((function_definition
   name: (identifier) @name
   body: (block (return_statement [(tuple . (_) @fn . (tuple . (_) @path))
                                   (expression_list . (_) @fn . (tuple . (_) @path))]))) @finding
 (#any-of? @name "__reduce__" "__reduce_ex__")
 (#resolves-to? @fn "shutil\\.(rmtree|move|_rmtree_safe_fd|_rmtree_unsafe|_rmtree_impl)|os\\.(removedirs|rmdir|rename|renames|replace)|tempfile\\.TemporaryDirectory\\._rmtree|(setuptools\\._)?distutils\\.dir_util\\.remove_tree|test\\.support\\.(os_helper\\.)?rmtree|([A-Za-z_]\\w*\\.)+(rmtree|remove_tree|rm_rf|rmrf|force_rmtree|robust_rmtree|delete_tree)")
 (#some-value-match? @path "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/[^/]+)/?$|^(~|/[^/]*)(/+\\.?)*(/+\\.\\.)+(/+\\.?)*/?$")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "returns a delete of a whole system or home directory from __reduce__, which copy and pickle call to rebuild the object"))

; shutil.rmtree(".", dir_fd=fd) with fd = os.open(home, O_RDONLY), a name
; "" or "." (name or "."): the directory the descriptor names is emptied,
; there the home or a system directory (a name under it, dir_fd's usual
; use, is a directory of it)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path (keyword_argument name: (identifier) @k value: (_) @fd))) @finding
 (#eq? @k "dir_fd")
 (#resolves-to? @fn "shutil\\.rmtree|os\\.(rmdir|removedirs)")
 (#some-value-match? @path "^\\.?/*$")
 (#some-value-match? @fd "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var)|/home/[^/]+)/?$")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory through a descriptor of it (dir_fd)"))

; the standard library's other recursive deletes count as shutil's
; (distutils' and setuptools' dir_util.remove_tree,
; test.support.os_helper.rmtree)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path)) @finding
 (#resolves-to? @fn "shutil\\.(rmtree|move|_rmtree_safe_fd|_rmtree_unsafe|_rmtree_impl)|os\\.(removedirs|rmdir|rename|renames|replace)|tempfile\\.TemporaryDirectory\\._rmtree|(setuptools\\._)?distutils\\.dir_util\\.remove_tree|test\\.support\\.(os_helper\\.)?rmtree|([A-Za-z_]\\w*\\.)+(rmtree|remove_tree|rm_rf|rmrf|force_rmtree|robust_rmtree|delete_tree)")
 (#some-value-match? @path "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/[^/]+)/?$|^(~|/[^/]*)(/+\\.?)*(/+\\.\\.)+(/+\\.?)*/?$")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "deletes or moves away a whole system or home directory"))

; py.path.local(home).remove() (pytest's LocalPath too), also through a
; name (p = py.path.local(home); p.remove(): py.path.local(x) folds to x):
; the directory removed with everything under it, as shutil.rmtree does
((call
   function: (attribute object: [(call arguments: (argument_list . (_) @path)) @ctor
                                 (identifier) @path @ctor]
                        attribute: (identifier) @m)) @finding
 (#eq? @m "remove")
 (#contains-call? @ctor "py\\.path\\.local|_pytest\\._py\\.path\\.LocalPath")
 (#some-value-match? @path "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/[^/]+)/?$|^(~|/[^/]*)(/+\\.?)*(/+\\.\\.)+(/+\\.?)*/?$")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory (py.path's remove)"))

; shutil.copytree(Path.home(), dst), tarfile.open(t, "w:gz").add(home),
; shutil.make_archive(b, "gztar", os.path.expanduser("~")): the whole home
; directory copied or packed, its keys and tokens with it (a directory of
; it, ~/project, is not)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path)) @finding
 (#resolves-to? @fn "shutil\\.copytree|(setuptools\\._)?distutils\\.dir_util\\.copy_tree|tarfile\\.(open|TarFile)\\(\\)\\.add")
 (#some-value-match? @path "^(~|/home/[^/]+|/root)/*\\.?/*$")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "copies or packs the whole home directory, where keys and tokens are (~/.ssh, ~/.aws, ...)"))

((call
   function: (_) @fn
   arguments: [(argument_list . (_) . (_) . (_) @path)
               (argument_list (keyword_argument name: (identifier) @k value: (_) @path))]) @finding
 (#resolves-to? @fn "shutil\\.make_archive")
 (#not-match? @path "^\\w+=")
 (#some-value-match? @path "^(~|/home/[^/]+|/root)/*\\.?/*$")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "copies or packs the whole home directory, where keys and tokens are (~/.ssh, ~/.aws, ...)"))

((call
   function: (_) @fn
   arguments: (argument_list (_) . (_) @mode)) @finding
 (#resolves-to? @fn "os\\.(chmod|fchmod|lchmod)")
 (#match? @mode "^0o?[2-7][0-7]{3}$|S_IS[UG]ID")
 (#set! id "py-setuid")
 (#set! severity "high")
 (#set! message "sets the set-user-id or set-group-id bit, a classic privilege escalation"))

; Path.home().rename("/tmp/h"): the directory moved away, as deleted
((call function: [(attribute object: (_) @root attribute: (identifier) @m)
                  (call arguments: (argument_list . (_) @root . (_) @m))]) @finding
 (#method? @m "rename" "replace")
 (#not-type? @root "string" "concatenated_string")
 (#value-match? @root "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?$")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "moves away a whole system or home directory"))

; a home or system directory emptied file by file: for p in
; Path.home().rglob("*"): p.unlink(); for d, _, fs in os.walk("/"): os.remove;
; or each file cut to nothing in place (os.truncate(p, 0), f.truncate()),
; which loses what it held as surely;
; or moved away entry by entry (shutil.move(p, tmp), p.rename(...)), which
; empties it as surely, the more so when the place moved to is cleaned up;
; the same in a comprehension: [p.unlink() for p in Path.home().rglob("*")],
; any(os.remove(f) for f in glob.glob(home + "/*"))
([(for_statement right: [(call function: (attribute object: (_) @root attribute: (identifier) @m))
           (call arguments: (argument_list . (call function: (attribute object: (_) @root attribute: (identifier) @m))))] body: (_) @body)
  (list_comprehension body: (_) @body (for_in_clause right: [(call function: (attribute object: (_) @root attribute: (identifier) @m))
           (call arguments: (argument_list . (call function: (attribute object: (_) @root attribute: (identifier) @m))))]))
  (generator_expression body: (_) @body (for_in_clause right: [(call function: (attribute object: (_) @root attribute: (identifier) @m))
           (call arguments: (argument_list . (call function: (attribute object: (_) @root attribute: (identifier) @m))))]))
  (set_comprehension body: (_) @body (for_in_clause right: [(call function: (attribute object: (_) @root attribute: (identifier) @m))
           (call arguments: (argument_list . (call function: (attribute object: (_) @root attribute: (identifier) @m))))]))] @finding
 (#any-of? @m "rglob" "walk" "glob" "iterdir")
 (#some-value-match? @root "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?$")
 (#match? @body "(^|[^A-Za-z0-9_])(unlink|rmdir|remove|removedirs|rmtree|move|rename|truncate)[\\s)]*\\(|os\\.replace\\s*\\(")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "deletes, empties or moves away the files of a whole system or home directory, one by one"))

([(for_statement right: [(call function: (_) @fn arguments: (argument_list . (_) @root))
           (call arguments: (argument_list . (call function: (_) @fn arguments: (argument_list . (_) @root))))] body: (_) @body)
  (list_comprehension body: (_) @body (for_in_clause right: [(call function: (_) @fn arguments: (argument_list . (_) @root))
           (call arguments: (argument_list . (call function: (_) @fn arguments: (argument_list . (_) @root))))]))
  (generator_expression body: (_) @body (for_in_clause right: [(call function: (_) @fn arguments: (argument_list . (_) @root))
           (call arguments: (argument_list . (call function: (_) @fn arguments: (argument_list . (_) @root))))]))
  (set_comprehension body: (_) @body (for_in_clause right: [(call function: (_) @fn arguments: (argument_list . (_) @root))
           (call arguments: (argument_list . (call function: (_) @fn arguments: (argument_list . (_) @root))))]))] @finding
 (#resolves-to? @fn "os\\.(walk|fwalk|scandir|listdir)|glob\\.i?glob")
 (#some-value-match? @root "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))(/\\*\\*?)*/?$")
 (#match? @body "(^|[^A-Za-z0-9_])(unlink|rmdir|remove|removedirs|rmtree|move|rename|truncate)[\\s)]*\\(|os\\.replace\\s*\\(")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "deletes, empties or moves away the files of a whole system or home directory, one by one"))

; the home directory's entries looked through, and what is in them read,
; in a program that talks to the network: for e in os.scandir(home): if
; e.name.endswith("sh"): ... open(k.path).read() ... then posted. Which
; directory holds keys is hidden in a test on the names, but the program
; reads the files of the home directory and can send them (os.walk,
; scandir, listdir, glob; Path.home().iterdir() is not: a pattern over
; every loop on a method call costs more than the check's budget allows)
((for_statement
   right: (call function: (_) @fn arguments: (argument_list . (_) @root))
   body: (_) @body) @finding
 (#resolves-to? @fn "os\\.(walk|scandir|listdir)|glob\\.i?glob")
 (#value-match? @root "^~(/\\*|/\\.\\*)?/?$")
 (#match? @body "(^|[^A-Za-z0-9_])(open|read_bytes|read_text|copyfile|copy2?|scandir|listdir|iterdir|walk)\\s*\\(")
 (#program-calls? @fn "(urllib\\.request|urllib3|requests|httpx|aiohttp|http\\.client|socket|ftplib|smtplib|xmlrpc\\.client|paramiko)(\\..*)?|urllib\\.urlretrieve|asyncio\\.open_connection")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "reads the files found in the home directory, where keys and tokens are, in a program that talks to the network"))

; socket.gethostbyname(os.environ["KEY"] + ".exfil.example"): a value of
; the environment sent out as a name to look up (DNS carries it out even
; where nothing else may connect)
((call function: (_) @fn arguments: (argument_list . (_) @host)) @finding
 (#resolves-to? @fn "socket\\.(gethostbyname|gethostbyname_ex|getaddrinfo|getfqdn)|dns\\.resolver\\.(resolve|query|Resolver\\.(resolve|query))")
 (#match? @host "environ|getenv")
 (#set! id "py-dns-exfil")
 (#set! severity "high")
 (#set! message "puts a value of the environment into a host name it looks up: a secret sent out through DNS"))

; token = os.environ["GITHUB_TOKEN"]; label = token.encode().hex();
; socket.getaddrinfo(f"{label}.x.example", 443): a variable of the
; environment named like a secret (TOKEN, SECRET, PASSWORD, API_KEY, ...)
; reaches the name looked up through names it was given, also through the
; event loop's getaddrinfo (a host read whole from the environment,
; DB_HOST, is not this)
((call function: (_) @fn arguments: (argument_list . (_) @host)) @finding
 (#resolves-to? @fn "socket\\.(gethostbyname|gethostbyname_ex|getaddrinfo|getnameinfo|getfqdn)|dns\\.resolver\\.(resolve|query|Resolver\\.(resolve|query))|asyncio\\.(get_running_loop|get_event_loop|new_event_loop)\\(\\)\\.(getaddrinfo|getnameinfo)")
 (#not-match? @host "environ|getenv")
 (#bound-text-match? @host "(environ|getenv)\\b[^\\n]{0,40}?[\"'][A-Z0-9_]*(TOKEN|SECRET|PASSW|API_?KEY|PRIVATE|CREDENTIAL|ACCESS_KEY)[A-Z0-9_]*[\"']")
 (#set! id "py-dns-exfil")
 (#set! severity "high")
 (#set! message "puts a secret of the environment into a host name it looks up: a secret sent out through DNS"))

; subprocess.run(["nslookup", os.environ["KEY"] + ".exfil.example"]): the
; same through a program that looks a name up (nslookup, dig, host, ping)
((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#match? @cmd "environ|getenv")
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)")
 (#value-match? @cmd "^'?(\\S*/)?(nslookup|dig|host|drill|ping|ping6|getent|traceroute|curl|wget)'? ")
 (#set! id "py-dns-exfil")
 (#set! severity "high")
 (#set! message "puts a value of the environment into the command line of a program that looks a name up or connects: a secret sent out"))

; for d in ("/home", "/root", "/etc"): shutil.rmtree(d): system or home
; directories named in the loop's own list, each deleted
((for_statement
   right: [(tuple) (list) (set)] @items
   body: (_) @body) @finding
 (#match? @items "[\"'](/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?[\"']")
 (#match? @body "(^|[^A-Za-z0-9_])(rmtree|rmdir|removedirs|remove|unlink)\\s*\\(")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "deletes system or home directories named in a loop"))

; ... the deleting function reached another way (f = shutil.rmtree, a dict
; of functions, getattr): a call in the body that resolves to one
((for_statement
   right: [(tuple) (list) (set)] @items
   body: (_) @body) @finding
 (#match? @items "[\"'](/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?[\"']")
 (#not-match? @body "(^|[^A-Za-z0-9_])(rmtree|rmdir|removedirs|remove|unlink)\\s*\\(")
 (#contains-call? @body "shutil\\.(rmtree|_rmtree_safe_fd|_rmtree_unsafe|_rmtree_impl)|os\\.(removedirs|rmdir|remove|unlink)|tempfile\\.TemporaryDirectory\\._rmtree|(setuptools\\._)?distutils\\.dir_util\\.remove_tree|test\\.support\\.(os_helper\\.)?rmtree|([A-Za-z_]\\w*\\.)+(rmtree|remove_tree|rm_rf|rmrf|force_rmtree|robust_rmtree|delete_tree)")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "deletes system or home directories named in a loop"))

; netrc.netrc() reads ~/.netrc (logins and passwords) without naming it
((call function: (_) @fn) @finding
 (#resolves-to? @fn "netrc\\.netrc")
 (#set! id "py-credentials")
 (#set! severity "high")
 (#set! message "reads ~/.netrc, which holds logins and passwords"))

; shutil.rmtree handed on with a home or system directory:
; functools.partial(shutil.rmtree, home), weakref.finalize(o, shutil.rmtree,
; Path.home()), atexit.register(shutil.rmtree, "/"), map(shutil.rmtree,
; [home]) (a one-item list folds to the quoted word '~'); or one that
; deletes file by file given a listing of one: map(os.remove,
; glob.glob(home + "/*")), filter(..., Path.home().iterdir()) (a listing
; handed to map or filter folds to its pattern, "~/*")
((argument_list [(identifier) (attribute) (call)] @fn . (_) @path) @finding
 (#value-match? @path "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/[^/]+)/?$|^(~|/[^/]*)(/+\\.?)*(/+\\.\\.)+(/+\\.?)*/?$|^'(~|/|/root|/home/[^/']+)/?'$")
 (#resolves-to? @fn "shutil\\.(rmtree|_rmtree_safe_fd|_rmtree_unsafe|_rmtree_impl)|os\\.(removedirs|rmdir|remove|unlink)|pathlib\\.(Posix)?Path\\.unlink|tempfile\\.TemporaryDirectory\\._rmtree|distutils\\.dir_util\\.remove_tree")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "hands on a function that deletes a whole system or home directory"))

; ... or as the key= of sorted, min, max, heapq.nsmallest/nlargest,
; itertools.groupby or a list's sort, which give it each item:
; heapq.nsmallest(1, [home], key=shutil.rmtree), roots.sort(key=
; shutil.rmtree) with roots = [Path.home()]
((keyword_argument name: (identifier) @k value: [(identifier) (attribute)] @fn) @finding
 (#eq? @k "key")
 (#resolves-to? @fn "shutil\\.(rmtree|_rmtree_safe_fd|_rmtree_unsafe|_rmtree_impl)|os\\.(removedirs|rmdir|remove|unlink)|pathlib\\.(Posix)?Path\\.unlink|tempfile\\.TemporaryDirectory\\._rmtree|distutils\\.dir_util\\.remove_tree")
 (#arg-value-match? @finding "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/[^/]+)/?$|^(~|/[^/]*)(/+\\.?)*(/+\\.\\.)+(/+\\.?)*/?$|^'(~|/|/root|/home/[^/']+)/?'$")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "hands on a function that deletes a whole system or home directory"))

; ... and handed on apart from its arguments: threading.Thread(
; target=shutil.rmtree, args=(Path.home(),)), multiprocessing.Process(...)
; (args= right after the function, as written: anchored on the keyword,
; rarer than every argument list)
((keyword_argument name: (identifier) @a value: [(tuple . (_) @path) (list . (_) @path)]) @finding
 (#eq? @a "args")
 (#value-match? @path "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/[^/]+)/?$|^(~|/[^/]*)(/+\\.?)*(/+\\.\\.)+(/+\\.?)*/?$|^'(~|/|/root|/home/[^/']+)/?'$")
 (#prev-resolves-to? @finding "shutil\\.(rmtree|_rmtree_safe_fd|_rmtree_unsafe|_rmtree_impl)|os\\.(removedirs|rmdir|remove|unlink)|pathlib\\.(Posix)?Path\\.unlink|tempfile\\.TemporaryDirectory\\._rmtree|distutils\\.dir_util\\.remove_tree")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "hands on a function that deletes a whole system or home directory"))

; subprocess.run(["rm", "-rf", "--", where]) with where a name of several
; values (a loop's, a match's capture, a parameter given one elsewhere):
; the command line folds one of them, so each is tried: a home or system
; directory among them is deleted
((call
   function: (_) @fn
   arguments: (argument_list . (list . (_) @prog (identifier) @path) @argv)) @finding
 (#value-match? @prog "^(/usr)?(/bin/)?rm$")
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)")
 (#value-match? @argv "^'?(/usr)?(/bin/)?rm'?( +'?-[-A-Za-z]*'?)* +'?(-[A-Za-z]*[rR][A-Za-z]*|--recursive)'?( |$)")
 (#some-value-match? @path "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/[^/]+)/?$")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "runs rm -r on a name one of whose values is a whole system or home directory"))

; subprocess.run(["git", "clean", "-ffdx"], cwd=Path.home()), rm -rf .,
; find . -delete run in the home or the root: a command that empties the
; directory it runs in, run there
((call
   function: (_) @fn
   arguments: (argument_list (keyword_argument name: (identifier) @k value: (_) @dir)) @cmd) @finding
 (#eq? @k "cwd")
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_(exec|shell)")
 (#some-value-match? @dir "^(/|~|/root|/home/[^/]+)/*$")
 (#value-match? @cmd "(^|\n|[;&|] *)'?(\\S*/)?(rm'?( +'?-[A-Za-z-]+'?)* +'?(\\.|\\./\\*|\\*|\\./)'?( |;|$|\n)|find'? +'?\\.'?( [^\n]*)? '?-delete|git'?( +'?-[^\n ]+'?)* +'?clean'?( [^\n]*)? '?-[A-Za-z]*[dx])")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "runs a command that empties its working directory in the home or a system directory"))

; The home directory reached through the working directory or a
; link, in a program that deletes trees: os.chdir(Path.home()) and then
; shutil.rmtree(".") or of each name os.listdir(".") gives;
; os.symlink(home, "build/cache") and shutil.rmtree("build/cache/") (the
; trailing slash follows the link): the paths deleted look like the
; program's own (os.chdir("/") is how a daemon lets go of its directory:
; not this). Anchored on a statement's call, rarer than every call
(expression_statement
  (call
    function: (attribute attribute: (identifier) @m)
    arguments: (argument_list . (_) @dir)) @finding
 (#any-of? @m "chdir" "symlink" "symlink_to")
 (#some-value-match? @dir "^(~|/root|/home/[^/]+)/*$")
 (#program-calls? @finding "shutil\\.(rmtree|_rmtree_safe_fd|_rmtree_unsafe)|os\\.(removedirs|rmdir)|distutils\\.dir_util\\.remove_tree")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "makes the home directory the working directory or a link's target in a program that deletes trees: what looks like its own path is the home"))

; a TemporaryDirectory pointed at another directory, then cleaned up:
; td.name = os.environ["HOME"]; td.cleanup()
((assignment
   left: (attribute object: (_) @o attribute: (identifier) @a)
   right: (_) @v) @finding
 (#eq? @a "name")
 (#resolves-to? @o "tempfile\\.TemporaryDirectory\\(\\)")
 (#not-resolves-to? @v "tempfile\\..*")
 (#set! id "py-destructive")
 (#set! severity "high")
 (#set! message "points a temporary directory at another directory, which its cleanup deletes"))

; Persistence: a shell's start-up file (~/.bashrc, ~/.profile, ~/.zshrc,
; /etc/profile.d/...), a crontab, or ssh's own (~/.ssh/config, whose
; ProxyCommand runs at every connection; ~/.ssh/rc), or another program's
; start-up file that runs commands (IPython's startup/ directory, ~/.vimrc's
; autocmd, tmux's run-shell, git's core.pager, a session's environment.d
; LD_PRELOAD, direnv's direnvrc, a debugger's ~/.pdbrc or ~/.gdbinit whose
; ! and shell lines run at each session; Mercurial's ~/.hgrc [hooks], psql's
; ~/.psqlrc and sqlite3's ~/.sqliterc whose \! and .shell lines run, screen's
; ~/.screenrc, xonsh's rc; Jupyter's and IPython's *_config.py, ptpython's
; and qtile's config.py, Guile's ~/.guile, a window manager's exec lines: i3,
; sway, Hyprland, Openbox, KDE's Autostart and Plasma's env/; a project's
; conftest.py, which pytest imports at every run), a key added to ~/.ssh/authorized_keys (a login
; for whoever holds it), a common command shadowed in
; ~/.local/bin (a fake sudo), or a module's own source (open(json.__file__,
; "a"): it runs at the module's every import), written, appended to
; or replaced: what is put there runs at every login or on a schedule. Opened to write
; (open(p, "a")), or written by a helper that opens it so: a logging
; FileHandler (it appends), fileinput's inplace=True (what is printed
; replaces the file), Path.write_text, os.replace or shutil.copy onto it;
; Julia's startup.jl, GHCi's ~/.ghci, the MongoDB shells' rc files and
; Erlang's start-up files as well; PowerShell's, nushell's and elvish's
; profiles, the window managers' rc and autostart files (bspwm,
; herbstluftwm, awesome, xmonad, labwc, river), WezTerm's Lua config,
; ~/.bash_completion, Gradle's init script and Leiningen's profiles, as the
; JavaScript rules count them
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path)) @finding
 (#resolves-to? @fn "builtins\\.open|io\\.open|codecs\\.open|os\\.open|logging\\.FileHandler|logging\\.handlers\\.(RotatingFileHandler|TimedRotatingFileHandler|WatchedFileHandler)|fileinput\\.(input|FileInput)")
 (#some-value-match? @path "(?&py_startup_paths)")
 (#match? @finding "^[^(]*Handler\\s*\\(|^[^(]*\\(\\s*[\\w.]*Handler\\s*\\)\\s*\\(|^\\{[^}]*Handler\\s*\\}\\s*\\[[^]]*\\]\\s*\\(|[\"'][rbt]*[wax+]|O_(WRONLY|RDWR|APPEND)|inplace\\s*=\\s*(True|1)")
 (#set! id "py-persistence")
 (#set! severity "high")
 (#set! message "writes to a shell start-up file or a crontab, whose contents run at every login or on a schedule"))

; (the mode taken from a table or a name, open(rc, T["mode"]): what it
; folds to)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path . [(identifier) (subscript)] @mode)) @finding
 (#resolves-to? @fn "builtins\\.open|io\\.open|codecs\\.open")
 (#value-match? @mode "^[rbt]*[wax+]")
 (#some-value-match? @path "(?&py_startup_paths)")
 (#set! id "py-persistence")
 (#set! severity "high")
 (#set! message "writes to a shell start-up file or a crontab, whose contents run at every login or on a schedule"))

; (or given by keyword, open(rc, mode=T["mode"]))
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path
                (keyword_argument name: (identifier) @k
                                  value: [(identifier) (subscript)] @mode))) @finding
 (#eq? @k "mode")
 (#resolves-to? @fn "builtins\\.open|io\\.open|codecs\\.open")
 (#value-match? @mode "^[rbt]*[wax+]")
 (#some-value-match? @path "(?&py_startup_paths)")
 (#set! id "py-persistence")
 (#set! severity "high")
 (#set! message "writes to a shell start-up file or a crontab, whose contents run at every login or on a schedule"))

((call
   function: (_) @fn
   arguments: (argument_list (_) . (_) @path)) @finding
 (#match? @fn "(copy|copy2|copyfile|move|rename|replace|link|symlink)$")
 (#resolves-to? @fn "shutil\\.(copy|copy2|copyfile|move)|os\\.(rename|replace|link|symlink)")
 (#some-value-match? @path "(?&py_startup_paths)")
 (#set! id "py-persistence")
 (#set! severity "high")
 (#set! message "writes to a shell start-up file or a crontab, whose contents run at every login or on a schedule"))

((call function: [(attribute object: (_) @path attribute: (identifier) @m)
                  (call arguments: (argument_list . (_) @path . (_) @m))
                  (call arguments: (argument_list . (attribute object: (_) @path attribute: (identifier) @m) .))
                  (subscript value: (dictionary (pair value: (attribute object: (_) @path attribute: (identifier) @m))))]
       arguments: (_) @args) @finding
 (#method? @m "write_text" "write_bytes" "open" "touch" "symlink_to" "hardlink_to")
 (#not-match? @args "^\\(\\s*\\)$|^\\(\\s*[\"'][rbt]*[\"']")
 (#some-value-match? @path "(?&py_startup_paths)")
 (#set! id "py-persistence")
 (#set! severity "high")
 (#set! message "writes to a shell start-up file or a crontab, whose contents run at every login or on a schedule"))

; An archive unpacked or a tree copied (shutil.copytree(src, home,
; dirs_exist_ok=True)) into the home or root directory itself
; (tar.extractall(Path.home()), zipfile's extractall(path="~"),
; shutil.unpack_archive(f, os.path.expanduser("~"))): its members are
; whatever names it holds, .bashrc, .profile, .ssh/authorized_keys, so
; the files that run at every login are overwritten without being named
; (an ordinary program unpacks into its own or a temporary directory).
; The positional arguments are folded one by one (one match a call), so an
; archive the analysis cannot know does not hide where it goes; a keyword
; destination (path=, extract_dir=) is read by the second pattern. The
; method is also one fetched with getattr(obj, name) or imported by name
; (from shutil import unpack_archive as u): #method?
((call
   function: (_) @m
   arguments: (argument_list) @args) @finding
 (#method? @m "extractall" "extract" "unpack_archive" "copytree" "copy_tree")
 (#arg-value-match? @args "^(~|/|/root|/home/[^/]+)/*$")
 (#set! id "py-persistence")
 (#set! severity "high")
 (#set! message "unpacks an archive or copies a tree into the home or root directory, where its files overwrite shell start-up files and ~/.ssh/authorized_keys"))

((call
   function: (_) @m
   arguments: (argument_list (keyword_argument name: (identifier) @k value: (_) @dest))) @finding
 (#any-of? @k "path" "extract_dir" "dst")
 (#method? @m "extractall" "extract" "unpack_archive" "copytree" "copy_tree")
 (#value-match? @dest "^(~|/|/root|/home/[^/]+)/*$")
 (#set! id "py-persistence")
 (#set! severity "high")
 (#set! message "unpacks an archive or copies a tree into the home or root directory, where its files overwrite shell start-up files and ~/.ssh/authorized_keys"))
