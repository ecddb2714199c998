; Native code, the network, credentials, the environment, the file system.

((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "process\\.dlopen|global\\.module\\._extensions\\..*|module\\._extensions\\..*")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "loads a native library, which bypasses everything JavaScript checks"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @name)) @finding
 (#resolves-to? @fn "process\\.(binding|_linkedBinding)")
 (#not-value-match? @name "^(spawn_sync|process_wrap)$")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "reaches the runtime's internal native bindings (process.binding)"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @name)) @finding
 (#resolves-to? @fn "global\\.require|global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)")
 (#value-match? @name "^(node:)?(ffi-napi|ffi|node-ffi|ffi-rs|@napi-ffi/.*|ref-napi|koffi|bindings)$|\\.node$")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "loads native code (an FFI library or a .node addon), which bypasses everything JavaScript checks"))

((call_expression
   function: (import)
   arguments: (arguments . (_) @name)) @finding
 (#value-match? @name "^(ffi-napi|ffi|node-ffi|ffi-rs|@napi-ffi/.*|ref-napi|koffi|bindings)$|\\.node$")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "loads native code (an FFI library or a .node addon), which bypasses everything JavaScript checks"))

((import_statement source: (string) @name) @finding
 (#value-match? @name "^(ffi-napi|ffi|node-ffi|ffi-rs|@napi-ffi/.*|ref-napi|koffi|bindings)$|\\.node$")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "loads native code (an FFI library or a .node addon), which bypasses everything JavaScript checks"))

; db.loadExtension('/tmp/x.so'): SQLite (better-sqlite3, sqlite3,
; node:sqlite) loads a shared library; enableLoadExtension, for SQL's
((call_expression
   function: (member_expression property: (property_identifier) @method)) @finding
 (#any-of? @method "loadExtension" "enableLoadExtension")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "loads a native library as a SQLite extension, which bypasses everything JavaScript checks"))

((call_expression
   function: (subscript_expression index: (_) @method)) @finding
 (#value-match? @method "^(loadExtension|enableLoadExtension)$")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "loads a native library as a SQLite extension, which bypasses everything JavaScript checks"))

; new Worker(code, {eval: true}) runs a string in a new thread: code that
; folds is read as the program's own (a single-file tool's inline worker
; body); code the analysis cannot know is high
((new_expression
   constructor: (_) @fn
   arguments: (arguments . (_) @code
     (object (pair key: (property_identifier) @key value: (true))))) @finding
 (#resolves-to? @fn "worker_threads\\.Worker")
 (#eq? @key "eval")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "runs a string as code in a worker thread (eval: true)")
 (#set! analyze "code"))

((new_expression
   constructor: (_) @fn
   arguments: (arguments . (_) @code
     (object (pair key: (property_identifier) @key value: (true))))) @finding
 (#eq? @key "eval")
 (#resolves-to? @fn "worker_threads\\.Worker")
 (#unknown-code? @code)
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "runs a string the analysis cannot know as code in a worker thread (eval: true), out of sight of the main program"))

; process.dlopen handed to other code: Reflect.apply(process.dlopen, process,
; [m, file]), a callback or a scheduler given it, a generator's yield
([(arguments (_) @finding) (yield_expression (_) @finding)]
 (#type? @finding "identifier" "member_expression" "subscript_expression")
 (#resolves-to? @finding "process\\.dlopen|global\\.module\\._extensions\\..*|module\\._extensions\\..*")
 (#set! id "js-native-code")
 (#set! severity "high")
 (#set! message "hands the native library loader to other code, which loads what bypasses everything JavaScript checks"))

; network clients, with those of message brokers, databases, caches and
; chat, cloud, model, SMS or error-reporting services (redis, kafkajs,
; amqplib, nats, mongodb, pg, Slack, the AWS SDK, OpenAI, Twilio, Sentry):
; what they are given leaves the machine
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "net\\.(connect|createConnection|createServer)|tls\\.(connect|createServer|createSecureContext)|dgram\\.createSocket|https?\\.(request|get|createServer)|http2\\.(connect|createServer|createSecureServer)|global\\.fetch|undici\\..*|node-fetch|axios(\\..*)?|got(\\..*)?|superagent(\\..*)?|request(\\..*)?|needle(\\..*)?|ws\\.connect|dns\\.(lookup|resolve.*|promises\\..*)|dns\\.promises|net\\.Socket\\.connect|nodemailer\\.createTransport|@sendgrid\\.mail\\.send(Multiple)?|mqtt\\.connect(Async)?|emailjs\\..*|basic-ftp\\..*|redis\\.(createClient|createCluster)|ioredis(\\..*)?|amqplib(\\.callback_api)?\\.connect|amqp-connection-manager\\.connect|nats(\\.ws)?\\.connect|mongodb\\.MongoClient\\.connect|mongoose\\.(connect|createConnection)|mysql2?(\\.promise)?\\.(createConnection|createPool)|socket\\.io-client(\\..*)?|stompit\\.connect|ldapjs\\.createClient|@supabase\\.supabase-js\\.createClient|memjs\\.Client\\.create|zeromq\\..*|@slack\\.webhook\\..*|twilio|firebase-admin\\.initializeApp|@sentry\\.node\\.init|mixpanel\\.init")
 (#set! id "js-network")
 (#set! severity "warn")
 (#set! message "opens a network connection"))

((new_expression constructor: (_) @fn) @finding
 (#resolves-to? @fn "net\\.(Socket|Server)|tls\\.(TLSSocket|Server)|dgram\\.Socket|https?\\.(Agent|Server)|global\\.(WebSocket|XMLHttpRequest|EventSource|WebSocketStream)|ws|ws\\.(WebSocket|Server|WebSocketServer)|undici\\..*|dns\\.Resolver|dns\\.promises\\.Resolver|ssh2\\.Client|ssh2-sftp-client|basic-ftp\\.Client|ftp|ioredis(\\..*)?|redis\\.RedisClient|kafkajs\\.Kafka|node-rdkafka\\..*|pg\\.(Client|Pool)|pg-pool|mongodb\\.MongoClient|@slack\\.(web-api|webhook|bolt)\\..*|discord\\.js\\.(WebhookClient|Client)|node-telegram-bot-api|telegraf(\\.Telegraf)?|@elastic\\.elasticsearch\\.Client|cassandra-driver\\.Client|@google-cloud\\..*|@azure\\.service-bus\\.ServiceBusClient|@aws-sdk\\..*Client|aws-sdk\\..*|bullmq\\.(Queue|Worker)|bull|zeromq\\..*|mqtt\\.MqttClient|graphql-request\\.GraphQLClient|@octokit\\.(rest|core)\\.Octokit|octokit\\.Octokit|tedious\\.Connection|memcached|nats\\..*|openai(\\.(default|OpenAI))?|@anthropic-ai\\.sdk(\\.(default|Anthropic))?|twilio(\\.Twilio)?|posthog-node\\.PostHog|@segment\\.analytics-node\\.Analytics")
 (#set! id "js-network")
 (#set! severity "warn")
 (#set! message "opens a network connection"))

; SSH_AUTH_SOCK where a socket is opened (an SSH client's agent: is not)
((member_expression property: (property_identifier) @p) @finding
 (#eq? @p "SSH_AUTH_SOCK")
 (#program-calls? @finding "net\\.(connect|createConnection)|net\\.Socket\\.connect|https?\\.(request|get)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "connects to the SSH agent's socket: whoever holds the connection signs with every key the agent holds"))

([(pair_pattern key: (property_identifier) @p)
  (subscript_expression index: (string (string_fragment) @p))] @finding
 (#eq? @p "SSH_AUTH_SOCK")
 (#program-calls? @finding "net\\.(connect|createConnection)|net\\.Socket\\.connect|https?\\.(request|get)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "connects to the SSH agent's socket: whoever holds the connection signs with every key the agent holds"))

;; sock.connect(process.env.SSH_AUTH_SOCK) on a socket made by new
; net.Socket() (an instance's method is not resolved), or connect({ path })
((call_expression
   function: (member_expression property: (property_identifier) @m)
   arguments: (arguments . (_) @sock)) @finding
 (#eq? @m "connect")
 (#some-value-match? @sock "^process\\.env\\.SSH_AUTH_SOCK$")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "connects to the SSH agent's socket: whoever holds the connection signs with every key the agent holds"))

((call_expression
   function: (member_expression property: (property_identifier) @m)
   arguments: (arguments . (object (pair key: (property_identifier) @k value: (_) @sock)))) @finding
 (#eq? @m "connect")
 (#eq? @k "path")
 (#some-value-match? @sock "^process\\.env\\.SSH_AUTH_SOCK$")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "connects to the SSH agent's socket: whoever holds the connection signs with every key the agent holds"))

; a glob names them as well: ~/.{ssh,aws}/*, ~/.s[s]h/id_*, ~/.*/credentials
; (wallets, metadata URLs; not where only pure modules are called)
([(string) (template_string) (call_expression) (new_expression)] @finding
 (#value-match? @finding "(^|/)\\.ssh(/|$)|(^|/)\\.aws(/|$)|/etc/(shadow|gshadow|sudoers|master\\.passwd)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc|my\\.cnf|vault-token|msmtprc|authinfo(\\.gpg)?|config/msmtp/config)$|\\.config/(gh/hosts\\.yml|hub)$|(^|/)\\.(password-store|bitcoin|electrum|ethereum/keystore|thunderbird)(/|$)|\\.local/share/keyrings(/|$)|\\.(terraform\\.d|cargo|gem)/credentials|\\.docker/config\\.json|\\.kube/config|(^|/)\\.gnupg(/|$)|/proc/[^/]*/environ|/environ$|(^|/)id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?$|\\.config/gcloud|\\.config/(google-chrome|chromium|BraveSoftware/[^/]+|microsoft-edge)/([^/]+/(Cookies|Login Data|Local Extension Settings(/[^/]+)?|IndexedDB/chrome-extension_[^/]+)$|$)|(^|/)Local Extension Settings(/|$)|(^|/)chrome-extension_[a-p]{32}_|(^|/)\\.mozilla/firefox(/|$)|(^|/)\\.azure(/|$)|(^|/)\\.subversion/auth(/|$)|(^|/)\\.(config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub/hosts\\.yml)$|config/(op|rclone)(/|$)|(cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|config/helm/(repositories\\.yaml|registry/config\\.json)|oci/config|fly/config\\.yml|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|codex/auth\\.json|config/pypoetry/auth\\.toml|config/(Code|VSCodium|Cursor)/User/globalStorage/state\\.vscdb|claude/\\.credentials\\.json|s3cfg|boto|databrickscfg|dbt/profiles\\.yml|snowsql/config|snowflake/(connections|config)\\.toml|sentryclirc|(config/)?composer/auth\\.json|config/(glab-cli/config\\.yml|stripe/config\\.toml)|terraformrc|circleci/cli\\.yml|config/(hcloud/cli\\.toml|scw/config\\.yaml|ngrok/ngrok\\.yml|sops/age/keys\\.txt|solana/id\\.json)|ngrok2/ngrok\\.yml|wrangler/config/default\\.toml|ibmcloud/config\\.json|cloudflared/cert\\.pem|(nuget|config)/NuGet/NuGet\\.Config|(sbt|ivy2)/\\.credentials)$)|/(iam/security-credentials|service-accounts/[^/]+/(token|identity)|identity/oauth2/token|/169\\.254\\.170\\.2)(/|$)|/var/run/secrets|/run/secrets|(^|/)\\.(\\{([^}]*,)?(ssh|aws|gnupg|azure|kube|docker|config/gcloud)(,[^}]*)?\\}|(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(h|\\?|\\[[^\\]/]*h[^\\]/]*\\])(/|$)|(a|\\?|\\[[^\\]/]*a[^\\]/]*\\])(w|\\?|\\[[^\\]/]*w[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(/|$)|\\*/(id_|credentials))")
 (#program-calls? @finding "^(?!(global\\.)?(require\\((node:)?(assert|assert/strict|util|path|url|querystring|string_decoder|events|buffer)\\)$|(require|assert|console|JSON|Math|Object|Array|String|Number|Symbol|Map|Set|Date|RegExp|Promise|Error|BigInt|parseInt|parseFloat|isNaN|structuredClone)(\\.|$))|(assert|assert/strict|util|path|url|querystring|string_decoder|events|buffer)(\\.|$)).+")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens, wallets) or the cloud metadata service's credentials"))


; a concatenation, folded once as a whole where it is used (a parent-type
; test would look each parent up from the root: quadratic in a long chain)
([(arguments (binary_expression) @finding)
  (variable_declarator value: (binary_expression) @finding)
  (assignment_expression right: (binary_expression) @finding)
  (augmented_assignment_expression right: (binary_expression) @finding)
  (pair value: (binary_expression) @finding)
  (array (binary_expression) @finding)
  (return_statement (binary_expression) @finding)
  (parenthesized_expression (binary_expression) @finding)
  (template_substitution (binary_expression) @finding)
  (subscript_expression index: (binary_expression) @finding)
  (expression_statement (binary_expression) @finding)]
 (#value-match? @finding "(^|/)\\.ssh(/|$)|(^|/)\\.aws(/|$)|/etc/(shadow|gshadow|sudoers|master\\.passwd)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc|my\\.cnf|vault-token|msmtprc|authinfo(\\.gpg)?|config/msmtp/config)$|\\.config/(gh/hosts\\.yml|hub)$|(^|/)\\.(password-store|bitcoin|electrum|ethereum/keystore|thunderbird)(/|$)|\\.local/share/keyrings(/|$)|\\.(terraform\\.d|cargo|gem)/credentials|\\.docker/config\\.json|\\.kube/config|(^|/)\\.gnupg(/|$)|/proc/[^/]*/environ|/environ$|(^|/)id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?$|\\.config/gcloud|\\.config/(google-chrome|chromium|BraveSoftware/[^/]+|microsoft-edge)/([^/]+/(Cookies|Login Data|Local Extension Settings(/[^/]+)?|IndexedDB/chrome-extension_[^/]+)$|$)|(^|/)Local Extension Settings(/|$)|(^|/)chrome-extension_[a-p]{32}_|(^|/)\\.mozilla/firefox(/|$)|(^|/)\\.azure(/|$)|(^|/)\\.subversion/auth(/|$)|(^|/)\\.(config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub/hosts\\.yml)$|config/(op|rclone)(/|$)|(cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|config/helm/(repositories\\.yaml|registry/config\\.json)|oci/config|fly/config\\.yml|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|codex/auth\\.json|config/pypoetry/auth\\.toml|config/(Code|VSCodium|Cursor)/User/globalStorage/state\\.vscdb|claude/\\.credentials\\.json|s3cfg|boto|databrickscfg|dbt/profiles\\.yml|snowsql/config|snowflake/(connections|config)\\.toml|sentryclirc|(config/)?composer/auth\\.json|config/(glab-cli/config\\.yml|stripe/config\\.toml)|terraformrc|circleci/cli\\.yml|config/(hcloud/cli\\.toml|scw/config\\.yaml|ngrok/ngrok\\.yml|sops/age/keys\\.txt|solana/id\\.json)|ngrok2/ngrok\\.yml|wrangler/config/default\\.toml|ibmcloud/config\\.json|cloudflared/cert\\.pem|(nuget|config)/NuGet/NuGet\\.Config|(sbt|ivy2)/\\.credentials)$)|/(iam/security-credentials|service-accounts/[^/]+/(token|identity)|identity/oauth2/token|/169\\.254\\.170\\.2)(/|$)|/var/run/secrets|/run/secrets|(^|/)\\.(\\{([^}]*,)?(ssh|aws|gnupg|azure|kube|docker|config/gcloud)(,[^}]*)?\\}|(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(h|\\?|\\[[^\\]/]*h[^\\]/]*\\])(/|$)|(a|\\?|\\[[^\\]/]*a[^\\]/]*\\])(w|\\?|\\[[^\\]/]*w[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(/|$)|\\*/(id_|credentials))")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens, wallets) or the cloud metadata service's credentials"))

; `${os.homedir()}/.ssh/id_rsa`: the constant parts of a template
((template_string (string_fragment) @part) @finding
 (#value-match? @part "(^|/)\\.ssh(/|$)|(^|/)\\.aws(/|$)|/etc/(shadow|gshadow|sudoers|master\\.passwd)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc|my\\.cnf|vault-token|msmtprc|authinfo(\\.gpg)?|config/msmtp/config)$|\\.config/(gh/hosts\\.yml|hub)$|(^|/)\\.(password-store|bitcoin|electrum|ethereum/keystore|thunderbird)(/|$)|\\.local/share/keyrings(/|$)|\\.(terraform\\.d|cargo|gem)/credentials|\\.docker/config\\.json|\\.kube/config|(^|/)\\.gnupg(/|$)|/proc/[^/]*/environ|/environ$|(^|/)id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?$|\\.config/gcloud|\\.config/(google-chrome|chromium|BraveSoftware/[^/]+|microsoft-edge)/([^/]+/(Cookies|Login Data|Local Extension Settings(/[^/]+)?|IndexedDB/chrome-extension_[^/]+)$|$)|(^|/)Local Extension Settings(/|$)|(^|/)chrome-extension_[a-p]{32}_|(^|/)\\.mozilla/firefox(/|$)|(^|/)\\.azure(/|$)|(^|/)\\.subversion/auth(/|$)|(^|/)\\.(config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub/hosts\\.yml)$|config/(op|rclone)(/|$)|(cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|config/helm/(repositories\\.yaml|registry/config\\.json)|oci/config|fly/config\\.yml|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|codex/auth\\.json|config/pypoetry/auth\\.toml|config/(Code|VSCodium|Cursor)/User/globalStorage/state\\.vscdb|claude/\\.credentials\\.json|s3cfg|boto|databrickscfg|dbt/profiles\\.yml|snowsql/config|snowflake/(connections|config)\\.toml|sentryclirc|(config/)?composer/auth\\.json|config/(glab-cli/config\\.yml|stripe/config\\.toml)|terraformrc|circleci/cli\\.yml|config/(hcloud/cli\\.toml|scw/config\\.yaml|ngrok/ngrok\\.yml|sops/age/keys\\.txt|solana/id\\.json)|ngrok2/ngrok\\.yml|wrangler/config/default\\.toml|ibmcloud/config\\.json|cloudflared/cert\\.pem|(nuget|config)/NuGet/NuGet\\.Config|(sbt|ivy2)/\\.credentials)$)|/(iam/security-credentials|service-accounts/[^/]+/(token|identity)|identity/oauth2/token|/169\\.254\\.170\\.2)(/|$)|/var/run/secrets|/run/secrets|(^|/)\\.(\\{([^}]*,)?(ssh|aws|gnupg|azure|kube|docker|config/gcloud)(,[^}]*)?\\}|(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(h|\\?|\\[[^\\]/]*h[^\\]/]*\\])(/|$)|(a|\\?|\\[[^\\]/]*a[^\\]/]*\\])(w|\\?|\\[[^\\]/]*w[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(/|$)|\\*/(id_|credentials))")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens, wallets) or the cloud metadata service's credentials"))

;; `${dir}/${name}` of dir and name each one of a few values (a loop over
; a list, a ternary, a parameter given constants): each combination the
; template may make, when it does not fold to one
((template_string (template_substitution)) @finding
 (#not-value-match? @finding "")
 (#some-value-match? @finding "(^|/)\\.ssh(/|$)|(^|/)\\.aws(/|$)|/etc/(shadow|gshadow|sudoers|master\\.passwd)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc|my\\.cnf|vault-token|msmtprc|authinfo(\\.gpg)?|config/msmtp/config)$|\\.config/(gh/hosts\\.yml|hub)$|(^|/)\\.(password-store|bitcoin|electrum|ethereum/keystore|thunderbird)(/|$)|\\.local/share/keyrings(/|$)|\\.(terraform\\.d|cargo|gem)/credentials|\\.docker/config\\.json|\\.kube/config|(^|/)\\.gnupg(/|$)|/proc/[^/]*/environ|/environ$|(^|/)id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?$|\\.config/gcloud|\\.config/(google-chrome|chromium|BraveSoftware/[^/]+|microsoft-edge)/([^/]+/(Cookies|Login Data|Local Extension Settings(/[^/]+)?|IndexedDB/chrome-extension_[^/]+)$|$)|(^|/)Local Extension Settings(/|$)|(^|/)chrome-extension_[a-p]{32}_|(^|/)\\.mozilla/firefox(/|$)|(^|/)\\.azure(/|$)|(^|/)\\.subversion/auth(/|$)|(^|/)\\.(config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub/hosts\\.yml)$|config/(op|rclone)(/|$)|(cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|config/helm/(repositories\\.yaml|registry/config\\.json)|oci/config|fly/config\\.yml|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|codex/auth\\.json|config/pypoetry/auth\\.toml|config/(Code|VSCodium|Cursor)/User/globalStorage/state\\.vscdb|claude/\\.credentials\\.json|s3cfg|boto|databrickscfg|dbt/profiles\\.yml|snowsql/config|snowflake/(connections|config)\\.toml|sentryclirc|(config/)?composer/auth\\.json|config/(glab-cli/config\\.yml|stripe/config\\.toml)|terraformrc|circleci/cli\\.yml|config/(hcloud/cli\\.toml|scw/config\\.yaml|ngrok/ngrok\\.yml|sops/age/keys\\.txt|solana/id\\.json)|ngrok2/ngrok\\.yml|wrangler/config/default\\.toml|ibmcloud/config\\.json|cloudflared/cert\\.pem|(nuget|config)/NuGet/NuGet\\.Config|(sbt|ivy2)/\\.credentials)$)|/(iam/security-credentials|service-accounts/[^/]+/(token|identity)|identity/oauth2/token|/169\\.254\\.170\\.2)(/|$)|/var/run/secrets|/run/secrets|(^|/)\\.(\\{([^}]*,)?(ssh|aws|gnupg|azure|kube|docker|config/gcloud)(,[^}]*)?\\}|(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(h|\\?|\\[[^\\]/]*h[^\\]/]*\\])(/|$)|(a|\\?|\\[[^\\]/]*a[^\\]/]*\\])(w|\\?|\\[[^\\]/]*w[^\\]/]*\\])(s|\\?|\\[[^\\]/]*s[^\\]/]*\\])(/|$)|\\*/(id_|credentials))")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens, wallets) or the cloud metadata service's credentials"))

; express.static(os.homedir()), serveStatic('/'), koa-static or sirv of
; the home, serve-handler's { public: home }: a web server whose root is
; the home directory (or /), its keys and tokens served to whoever
; connects; a child started in the home to serve the directory it runs in
; (spawn('python3', ['-m', 'http.server'], { cwd: os.homedir() }))
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @root)) @finding
 (#resolves-to? @fn "express\\.static|serve-static|koa-static|sirv|serve-index|ecstatic")
 (#value-match? @root "^(~|/root|/home/[^/]+|/)/*\\.?/*$")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory (or /) over the network, its keys and tokens with it"))

((call_expression
   function: (_) @fn
   arguments: (arguments (object (pair key: (property_identifier) @key value: (_) @root)))) @finding
 (#any-of? @key "public" "root" "cwd")
 (#resolves-to? @fn "serve-handler|http-server\\.createServer|child_process\\.(exec|execSync|spawn|spawnSync|execFile|execFileSync)")
 (#value-match? @root "^(~|/root|/home/[^/]+|/)/*\\.?/*$")
 (#match? @finding "^(?![\\s\\S]*?(exec|spawn)(Sync|File|FileSync)?\\s*\\()|http\\.server|SimpleHTTPServer|[\"'\\s]-S[\"'\\s]|httpd|http-server|[\"'\\s]serve[\"'\\s]")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory (or /) over the network, its keys and tokens with it"))

; http.createServer((q, s) => fs.createReadStream(path.join(os.homedir(),
; q.url)).pipe(s)), or fs.readFile(process.env.HOME + req.url) and
; res.end: a file server written by hand whose files are read below the
; home directory at the path the request names, its keys and tokens
; served to whoever connects (one of the program's own ./public is not);
; the home written in the handler, or held in a name (const root =
; process.env.HOME), the handler a named function
((call_expression
   function: (_) @fn
   arguments: (arguments (_) @handler .)) @finding
 (#resolves-to? @fn "https?\\.createServer|http2\\.(createServer|createSecureServer)")
 (#match? @handler "\\.(url|path|pathname)\\b")
 (#contains-call? @handler "fs\\.(createReadStream|readFile|readFileSync|promises\\.readFile)|fs/promises\\.readFile")
 (#match? @handler "\\bhomedir\\b|\\benv\\.(HOME|USERPROFILE)\\b|\\benv\\[\\s*['\"`](HOME|USERPROFILE)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory over the network, its keys and tokens with it"))

((call_expression
   function: (_) @fn
   arguments: (arguments (_) @handler .)) @finding
 (#resolves-to? @fn "https?\\.createServer|http2\\.(createServer|createSecureServer)")
 (#match? @handler "\\.(url|path|pathname)\\b")
 (#contains-call? @handler "fs\\.(createReadStream|readFile|readFileSync|promises\\.readFile)|fs/promises\\.readFile")
 (#bound-text-match? @handler "\\bhomedir\\b|\\benv\\.(HOME|USERPROFILE)\\b|\\benv\\[\\s*['\"`](HOME|USERPROFILE)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory over the network, its keys and tokens with it"))

((call_expression
   function: (_) @fn
   arguments: (arguments (_) @handler .)) @finding
 (#resolves-to? @fn "https?\\.createServer|http2\\.(createServer|createSecureServer)")
 (#bound-text-match? @handler "\\.(url|path|pathname)\\b")
 (#bound-text-match? @handler "\\b(createReadStream|readFile|readFileSync)\\s*\\(")
 (#bound-text-match? @handler "\\bhomedir\\b|\\benv\\.(HOME|USERPROFILE)\\b|\\benv\\[\\s*['\"`](HOME|USERPROFILE)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory over the network, its keys and tokens with it"))

;; The system keyring read through keytar for another program's service
; (GitHub, git, npm, Docker, the clouds, VS Code, a browser; a program's
; own service is ordinary), and a browser's cookies asked for over the
; DevTools protocol (Network.getAllCookies on a remote-debugging port):
; the passwords and session tokens the keyring and the browser hold
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @service)) @finding
 (#resolves-to? @fn "keytar\\.(getPassword|findCredentials|findPassword)")
 (#some-value-match? @service "(?i)github|^git:|gitlab|bitbucket|npm|docker|aws|amazon|gcloud|google|azure|microsoft|vscode|code-oss|slack|chrom|firefox|brave|1password|bitwarden|lastpass|keepass|ssh|gpg|heroku|netlify|vercel|openai|anthropic")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "reads another program's passwords or tokens from the system keyring"))

((string (string_fragment) @finding)
 (#any-of? @finding "Network.getAllCookies" "Storage.getCookies" "Network.getCookies")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "asks a browser for its cookies over the DevTools protocol, the sessions of every site"))

;; new WASI({ preopens: { '/': os.homedir() } }): the home (or /) handed to
; WebAssembly code as a directory it may read and write, its keys and
; tokens with it
((new_expression
   constructor: (_) @fn
   arguments: (arguments (object (pair key: (property_identifier) @key
                                       value: (object (pair value: (_) @root)))))) @finding
 (#eq? @key "preopens")
 (#resolves-to? @fn "wasi\\.WASI")
 (#value-match? @root "^(~|/root|/home/[^/]+|/)/*\\.?/*$")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "gives WebAssembly code the home directory (or /) through WASI, its keys and tokens with it"))

;; A handler registered on a router rather than given to createServer:
; express's app.get('/*', h) or express.Router().use(h), koa's app.use,
; fastify's get, server.on('request', h), written in place or a named
; function (#text-or-bound-match?: its text, or a name's values); the file read
; by fs or sent by res.sendFile / res.download at the request's path (url,
; path, params, query) below the home (or with a root option of the home)
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments (_) @handler .)) @finding
 (#any-of? @method "get" "all" "use" "on" "head" "route")
 (#text-or-bound-match? @handler "\\bhomedir\\b|\\benv\\.(HOME|USERPROFILE)\\b|\\benv\\[\\s*['\"`](HOME|USERPROFILE)")
 (#text-or-bound-match? @handler "\\b(createReadStream|readFile|readFileSync|sendFile|download)\\s*\\(")
 (#text-or-bound-match? @handler "\\.(url|path|pathname|originalUrl|params|query)\\b")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory over the network, its keys and tokens with it"))

; A project's .env: loading it into process.env is ordinary; with the
; network in the same program it is the secrets sent out (analyze.c combine).
; So is 'environ' named alone, the last part of /proc/<pid>/environ when
; the pid between is not known (path.join('/proc', String(pid), 'environ'))
([(string) (template_string) (call_expression) (new_expression)] @finding
 (#value-match? @finding "(^|/)\\.(env|(bash|zsh|sh|mysql|psql|python|node_repl|sqlite|rediscli)_history|histfile|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/(discord(canary|ptb)?|Slack|Signal|Element)/Local Storage/leveldb|config/Signal/(config\\.json|sql/db\\.sqlite)|local/share/TelegramDesktop/tdata)$|^environ$")
 (#set! id "js-dotenv")
 (#set! severity "warn")
 (#set! message "names a .env file or another program's saved secrets (shell history, FileZilla, Pidgin, a chat client's tokens or database key; high when the program also talks to the network)"))

; a concatenation, folded once as a whole where it is used (a parent-type
; test would look each parent up from the root: quadratic in a long chain)
([(arguments (binary_expression) @finding)
  (variable_declarator value: (binary_expression) @finding)
  (assignment_expression right: (binary_expression) @finding)
  (augmented_assignment_expression right: (binary_expression) @finding)
  (pair value: (binary_expression) @finding)
  (array (binary_expression) @finding)
  (return_statement (binary_expression) @finding)
  (parenthesized_expression (binary_expression) @finding)
  (template_substitution (binary_expression) @finding)
  (subscript_expression index: (binary_expression) @finding)
  (expression_statement (binary_expression) @finding)]
 (#value-match? @finding "(^|/)\\.(env|(bash|zsh|sh|mysql|psql|python|node_repl|sqlite|rediscli)_history|histfile|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/(discord(canary|ptb)?|Slack|Signal|Element)/Local Storage/leveldb|config/Signal/(config\\.json|sql/db\\.sqlite)|local/share/TelegramDesktop/tdata)$")
 (#set! id "js-dotenv")
 (#set! severity "warn")
 (#set! message "names a .env file or another program's saved secrets (shell history, FileZilla, Pidgin, a chat client's tokens or database key; high when the program also talks to the network)"))

;; the file a variable of the environment names for a tool's credentials
; (GOOGLE_APPLICATION_CREDENTIALS, AWS_SHARED_CREDENTIALS_FILE, KUBECONFIG)
; read: another program's secrets, as a .env (high with the network)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @file)) @finding
 (#resolves-to? @fn "fs\\.(readFileSync|readFile|createReadStream|openAsBlob|copyFileSync|copyFile|promises\\.(readFile|copyFile))|fs-extra\\.(readFile|readFileSync|readJson|readJsonSync|copy|copySync)")
 (#some-value-match? @file "^process\\.env\\.(GOOGLE_APPLICATION_CREDENTIALS|AWS_SHARED_CREDENTIALS_FILE|AWS_CONFIG_FILE|AWS_WEB_IDENTITY_TOKEN_FILE|KUBECONFIG|NETRC|PGPASSFILE|DOCKER_AUTH_CONFIG|AZURE_CLIENT_CERTIFICATE_PATH|GIT_SSH_KEY|SSH_KEY_PATH)$")
 (#set! id "js-dotenv")
 (#set! severity "warn")
 (#set! message "reads the credentials file a variable of the environment names (a service-account key, cloud credentials, a kubeconfig; high when the program also talks to the network)"))

;; path.join(dir, name) of a name that is one of a few values (a loop
; over a list of files or of programs)
((call_expression
   function: (member_expression property: (property_identifier) @m)) @finding
 (#any-of? @m "join" "resolve")
 (#not-value-match? @finding "")
 (#some-value-match? @finding "(^|/)\\.(env|(bash|zsh|sh|mysql|psql|python|node_repl|sqlite|rediscli)_history|histfile|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/(discord(canary|ptb)?|Slack|Signal|Element)/Local Storage/leveldb|config/Signal/(config\\.json|sql/db\\.sqlite)|local/share/TelegramDesktop/tdata)$")
 (#set! id "js-dotenv")
 (#set! severity "warn")
 (#set! message "names a .env file or another program's saved secrets (shell history, FileZilla, Pidgin, a chat client's tokens or database key; high when the program also talks to the network)"))

; `${os.homedir()}/.ssh/id_rsa`: the constant parts of a template
((template_string (string_fragment) @part) @finding
 (#value-match? @part "(^|/)\\.(env|(bash|zsh|sh|mysql|psql|python|node_repl|sqlite|rediscli)_history|histfile|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/(discord(canary|ptb)?|Slack|Signal|Element)/Local Storage/leveldb|config/Signal/(config\\.json|sql/db\\.sqlite)|local/share/TelegramDesktop/tdata)$")
 (#set! id "js-dotenv")
 (#set! severity "warn")
 (#set! message "names a .env file or another program's saved secrets (shell history, FileZilla, Pidgin, a chat client's tokens or database key; high when the program also talks to the network)"))

; The whole environment: passed to a call (JSON.stringify, Object.keys,
; console.log, fetch, ...), spread, iterated, destructured with a rest, or
; returned; or the process object that holds it (util.inspect(process),
; Object.entries(process), {...process}), unless a call given it looks up
; or defines one property (Object.defineProperty(process, 'platform', d),
; Reflect.get). process.env.HOME and process.env['X'] read one variable. A copy
; that only goes to the env of a program started ({env: {...process.env,
; X: '1'}}, Object.assign({}, process.env, ...), structuredClone) is not
; read by the program (#child-env?, javascript_childenv.c).
((arguments (_) @finding)
 (#type? @finding "member_expression" "identifier" "subscript_expression")
 (#resolves-to? @finding "process(\\.env)?")
 (#not-child-env? @finding)
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((spread_element [(member_expression) (identifier) (subscript_expression)] @finding)
 (#resolves-to? @finding "process(\\.env)?")
 (#not-child-env? @finding)
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((for_in_statement right: (_) @finding)
 (#resolves-to? @finding "process(\\.env)?")
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((variable_declarator name: (object_pattern (rest_pattern)) value: (_) @finding)
 (#resolves-to? @finding "process(\\.env)?")
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

([(return_statement [(member_expression) (identifier) (subscript_expression)] @finding)
   (arrow_function body: [(member_expression) (identifier) (subscript_expression)] @finding)]
 (#resolves-to? @finding "process\\.env")
 (#not-child-env? @finding)
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path)) @finding
 (#resolves-to? @fn "fs\\.(rmSync|rmdirSync|rm|rmdir|renameSync|rename|promises\\.(rm|rmdir|rename))|fs-extra\\.(move|moveSync|remove|removeSync|emptyDir|emptyDirSync|emptydir|emptydirSync)|rimraf(\\..*)?|del(\\..*)?")
 (#value-match? @path "^(/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/\\x01~)/?$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

; fs[name](os.homedir(), { recursive: true }): a method of fs picked by a
; name the analysis cannot read (a property scan, a computed key) called on
; a whole system or home directory with the recursive option
((call_expression
   function: (subscript_expression object: (_) @obj index: (_) @idx)
   arguments: (arguments . (_) @path (object (pair key: (_) @key)))) @finding
 (#resolves-to? @obj "fs|fs\\.promises|fs-extra")
 (#not-type? @idx "string")
 (#match? @key "^['\"]?recursive['\"]?$")
 (#value-match? @path "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/\\x01~)/?$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "calls a method of fs picked by a computed name on a whole system or home directory, recursively"))

; deleteSync([`${os.homedir()}/**`]), rimraf.sync('/**'): a glob (or a list
; of them) of everything under a whole system or home directory
((call_expression
   function: (_) @fn
   arguments: (arguments . [(array (_) @path) (_) @path])) @finding
 (#resolves-to? @fn "rimraf(\\..*)?|del(\\..*)?")
 (#some-value-match? @path "^(~|/(bin|boot|etc|home|lib|opt|root|usr|var)|/home/\\x01~)?/\\*\\*(/\\*?)?$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

; fs.rmSync(path.resolve(cacheRoot, '..')), cacheRoot = XDG_CACHE_HOME ||
; path.join(home, '.cache'): one of the paths a join or resolve may give
; (each side of || and ?: of its arguments that folds) is a whole system or
; home directory; ev.detail.dir of an EventTarget's listener, each detail
; dispatched to it
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path)) @finding
 (#type? @path "call_expression" "identifier" "member_expression")
 (#resolves-to? @fn "fs\\.(rmSync|rmdirSync|rm|rmdir|promises\\.(rm|rmdir))|fs-extra\\.(remove|removeSync|emptyDir|emptyDirSync|emptydir|emptydirSync)|rimraf(\\..*)?|del(\\..*)?")
 (#not-value-match? @path "")
 (#some-value-match? @path "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/\\x01~)/?$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

((call_expression
   function: (_) @fn
   arguments: (arguments . [(call_expression function: (_) @home) (member_expression) @home])) @finding
 (#resolves-to? @fn "fs\\.(rmSync|rmdirSync|rm|rmdir|promises\\.(rm|rmdir))|fs-extra\\.(remove|removeSync|emptyDir|emptyDirSync|emptydir|emptydirSync)|rimraf(\\..*)?|del(\\..*)?")
 (#resolves-to? @home "os\\.homedir|process\\.env\\.(HOME|USERPROFILE)")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

; fs.rmSync.bind(fs, os.homedir()): the deletion of a whole directory
; bound in advance, whoever calls it and with whatever options
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @this . (_) @path)) @finding
 (#resolves-to? @fn "(fs\\.(rmSync|rmdirSync|rm|rmdir|promises\\.(rm|rmdir))|fs-extra\\.(remove|removeSync|emptyDir|emptyDirSync|emptydir|emptydirSync)|rimraf(\\..*)?|del(\\..*)?)(\\.bind)?")
 (#match? @fn "\\.bind$")
 (#some-value-match? @path "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?|/home/\\x01~)/?$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "binds the deletion of a whole system or home directory (fs.rmSync.bind)"))

((call_expression
   function: (_) @fn
   arguments: (arguments (_) . (_) @mode)) @finding
 (#type? @mode "number" "string" "binary_expression" "call_expression" "member_expression" "identifier")
 (#resolves-to? @fn "fs\\.(chmod|chmodSync|lchmod|lchmodSync|fchmod|fchmodSync|promises\\.(chmod|lchmod))")
 (#match? @mode "^0[oO]?[0-7]?[2-7][0-7]{3}$|^0[xX]0*[4-9a-fA-F][0-9a-fA-F]{2}$|^(10[2-9][0-9]|1[1-9][0-9]{2}|[23][0-9]{3}|40[0-8][0-9]|409[0-5])$|S_IS[UG]ID|^parseInt\\(\\s*['\"`]0?[2-7][0-7]{3}['\"`]")
 (#set! id "js-setuid")
 (#set! severity "high")
 (#set! message "sets the set-user-id or set-group-id bit, a classic privilege escalation"))

((call_expression
   function: (_) @fn
   arguments: (arguments (_) . (_) @mode)) @finding
 (#type? @mode "string" "template_string" "identifier")
 (#resolves-to? @fn "fs\\.(chmod|chmodSync|lchmod|lchmodSync|fchmod|fchmodSync|promises\\.(chmod|lchmod))")
 (#value-match? @mode "^0?[oO]?[0-7]?[2-7][0-7]{3}$")
 (#set! id "js-setuid")
 (#set! severity "high")
 (#set! message "sets the set-user-id or set-group-id bit, a classic privilege escalation"))

; a mode held in a variable folds to its decimal value
((call_expression
   function: (_) @fn
   arguments: (arguments (_) . (identifier) @mode)) @finding
 (#resolves-to? @fn "fs\\.(chmod|chmodSync|lchmod|lchmodSync|fchmod|fchmodSync|promises\\.(chmod|lchmod))")
 (#value-match? @mode "^(10[2-9][0-9]|1[1-9][0-9]{2}|[23][0-9]{3}|40[0-8][0-9]|409[0-5])$")
 (#set! id "js-setuid")
 (#set! severity "high")
 (#set! message "sets the set-user-id or set-group-id bit, a classic privilege escalation"))

; a home or system directory emptied (or truncated) entry by entry: for (const f of
; fs.readdirSync(os.homedir())) fs.rmSync(path.join(os.homedir(), f), ...)
((for_in_statement
   right: [(call_expression function: (_) @fn arguments: (arguments . (_) @root))
           (await_expression (call_expression function: (_) @fn arguments: (arguments . (_) @root)))]
   body: (_) @body) @finding
 (#resolves-to? @fn "fs\\.(readdirSync|readdir|opendirSync|promises\\.(readdir|opendir))|glob\\.(sync|globSync|glob)|fast-glob\\.(sync|glob)")
 (#value-match? @root "^(/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))(/\\*\\*?)*/?$")
 (#match? @body "(^|[^A-Za-z0-9_$])(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|remove|removeSync|truncateSync|truncate)\\s*\\(")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes the entries of a whole system or home directory, one by one"))

((for_in_statement
   right: [(call_expression function: (_) @fn arguments: (arguments . [(call_expression function: (_) @home) (member_expression) @home]))
           (await_expression (call_expression function: (_) @fn arguments: (arguments . [(call_expression function: (_) @home) (member_expression) @home])))]
   body: (_) @body) @finding
 (#resolves-to? @fn "fs\\.(readdirSync|readdir|opendirSync|promises\\.(readdir|opendir))")
 (#resolves-to? @home "os\\.homedir|process\\.env\\.(HOME|USERPROFILE)")
 (#match? @body "(^|[^A-Za-z0-9_$])(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|remove|removeSync|truncateSync|truncate)\\s*\\(")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes the entries of a whole system or home directory, one by one"))

; the same with a callback: fs.readdirSync(os.homedir()).forEach((f) =>
; fs.rmSync(path.join(os.homedir(), f), ...))
((call_expression
   function: (member_expression
     object: (call_expression function: (_) @fn arguments: (arguments . (_) @root))
     property: (property_identifier) @method)
   arguments: (arguments . (_) @body)) @finding
 (#match? @method "^(forEach|map|then)$")
 (#match? @body "(^|[^A-Za-z0-9_$])(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|remove|removeSync|truncateSync|truncate)\\s*\\(")
 (#resolves-to? @fn "fs\\.(readdirSync|promises\\.readdir)|glob\\.(sync|globSync)|fast-glob\\.sync")
 (#some-value-match? @root "^((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))(/\\*\\*?)*/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE))$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes the entries of a whole system or home directory, one by one"))

; ... and the listing's own callback: fs.readdir(home, (e, names) =>
; names.forEach((n) => fs.rm(...)))
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @root . (_) @body)) @finding
 (#resolves-to? @fn "fs\\.readdir")
 (#type? @body "arrow_function" "function_expression")
 (#match? @body "(^|[^A-Za-z0-9_$])(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|remove|removeSync|truncateSync|truncate)\\s*\\(")
 (#some-value-match? @root "^((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE))$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes the entries of a whole system or home directory, one by one"))

; ... and a directory handle read in a loop: const dir =
; fs.opendirSync(home); while ((d = dir.readSync())) fs.rmSync(...)
((while_statement condition: (_) @cond body: (_) @body) @finding
 (#match? @cond "\\.readSync\\s*\\(\\s*\\)")
 (#match? @body "(^|[^A-Za-z0-9_$])(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|remove|removeSync|truncateSync|truncate)\\s*\\(")
 (#program-calls-with? @cond "fs\\.opendirSync\\(((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE))\\)")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes the entries of a whole system or home directory, one by one"))

; a deletion of a path the program does not name, where that path is a
; home directory: by a relative name ('.', an entry of readdirSync('.'))
; in a program that moves into the whole system or home directory
; (process.chdir(os.homedir())), or a directory read from the account
; database (/etc/passwd, getent passwd: the sixth field of a line is a
; home directory). A path that is absolute, or made from the program's
; own temporary directory (mkdtemp, os.tmpdir()), is neither: a program
; that reads its config from the home directory, or lists the accounts,
; and removes its own scratch directory is not deleting a home. One
; pattern for both (each pattern on a call costs every call a state)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path)) @finding
 (#resolves-to? @fn "fs\\.(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|promises\\.(rm|rmdir|unlink))|fs-extra\\.(remove|removeSync|emptyDir|emptyDirSync|emptydir|emptydirSync)|rimraf(\\..*)?|del(\\..*)?")
 (#not-value-match? @path "^/")
 (#not-contains-call? @path "fs\\.(mkdtempSync|mkdtemp|promises\\.mkdtemp)|os\\.tmpdir")
 (#program-calls-with? @path "process\\.chdir\\(((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE)|os\\.userInfo\\(\\)\\.homedir)\\)|(fs\\.(readFileSync|readFile|createReadStream|openSync|promises\\.(readFile|open))|fs-extra\\.(readFile|readFileSync))\\(/etc/passwd\\)|child_process\\.\\w+\\((/usr/bin/)?getent( passwd.*)?\\)")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes a path it does not name in a program that moves into the home directory or reads the account database (/etc/passwd): what it deletes is a home directory"))

; {env: process.env} in an object handed to a call (JSON.stringify, a
; request body) or kept in a variable; a child process's options are not
; a dump
((call_expression
   function: (_) @fn
   arguments: (arguments (object (pair value: [(member_expression) (identifier) (subscript_expression)] @finding))))
 (#resolves-to? @finding "process\\.env")
 (#not-resolves-to? @fn "child_process\\..*|worker_threads\\..*")
 (#not-child-env? @finding)
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

((variable_declarator value: (object (pair value: [(member_expression) (identifier) (subscript_expression)] @finding)))
 (#resolves-to? @finding "process\\.env")
 (#not-child-env? @finding)
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment, where secrets usually are"))

; the same through names: a path held in a variable, a wrapper's
; parameter called with the home directory, a loop or callback over a
; list of them, a template or + of such pieces (each value the path may
; take, and what it resolves to).
; A whole system or home directory moved away (fs.renameSync(os.homedir(),
; tmp)) is gone from where it was as surely, and the deletion that
; follows names only the new place
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path)) @finding
 (#type? @path "identifier" "call_expression" "ternary_expression" "parenthesized_expression" "member_expression" "subscript_expression" "template_string" "binary_expression")
 (#resolves-to? @fn "fs\\.(rmSync|rmdirSync|rm|rmdir|renameSync|rename|promises\\.(rm|rmdir|rename))|fs-extra\\.(move|moveSync|remove|removeSync|emptyDir|emptyDirSync|emptydir|emptydirSync)|rimraf(\\..*)?|del(\\..*)?")
 (#some-value-match? @path "^((/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?)/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE)|process\\.env)$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

; process.nextTick(fs.rmSync, home, opts), setTimeout(fs.rmSync, 0, home):
; the deletion handed to a scheduler (or any callee) with its path
((call_expression
   arguments: (arguments . (_) @fn (_) @path)) @finding
 (#type? @fn "member_expression" "identifier" "subscript_expression")
 (#resolves-to? @fn "fs\\.(rmSync|rmdirSync|rm|rmdir|promises\\.(rm|rmdir))|fs-extra\\.(remove|removeSync|emptyDir|emptyDirSync|emptydir|emptydirSync)|rimraf(\\..*)?|del(\\..*)?")
 (#some-value-match? @path "^((/|~|/\\*|/(bin|boot|etc|home|lib|opt|root|usr|var)|~/\\*?)/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE)|process\\.env)$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "hands a deletion to other code with a whole system or home directory as its path"))

;; a program started in the home or a system directory (the cwd option)
; that deletes there: git init then git clean -ffdx, rm -rf ., find .
; -delete, rsync --delete. The paths it is given are relative or none; its
; working directory is what it deletes. Ordinary git work is in a
; repository, not in the home directory itself
((pair key: (property_identifier) @key value: (_) @dir) @finding
 (#eq? @key "cwd")
 (#some-value-match? @dir "^((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE)|os\\.userInfo\\(\\)\\.homedir)$")
 (#program-calls-with? @dir "^child_process\\.(spawn|spawnSync|execFile|execFileSync)\\(((/usr)?/bin/)?(git|rm|rmdir|find|rsync|shred|unlink|srm|wipe)\\)|^child_process\\.(exec|execSync)\\([^)]*(\\b(rm|rmdir|shred|unlink)\\s|\\bclean\\s|-delete\\b|--delete\\b).*")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "runs git or a deleting tool with the home or a system directory as its working directory: what it removes is there"))

; node --test in a scratch directory runs what was put there
((pair key: (property_identifier) @key value: (_) @dir) @finding
 (#eq? @key "cwd")
 (#contains-call? @dir "os\\.tmpdir|fs\\.(mkdtempSync|mkdtemp|promises\\.mkdtemp)")
 (#program-calls-with? @dir "^child_process\\.(spawn|spawnSync|execFile|execFileSync)\\(((/usr)?(/local)?/bin/)?node\\)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node in a scratch directory, on scripts the analysis did not read"))

; the diagnostic report holds the whole environment (environmentVariables)
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "process\\.report\\.(getReport|writeReport)")
 (#set! id "js-env-dump")
 (#set! severity "warn")
 (#set! message "reads the whole environment (a diagnostic report holds it), where secrets usually are"))

; a walker of the program's own started on the root or home directory,
; that deletes what it walks (in its body, or in the callback it is
; given): function walk(dir, visit) { fs.readdirSync(dir) ... } walk('/',
; (p) => fs.unlinkSync(p)). One pattern (the body and the call's arguments
; both @del). The function is reached through its name (#contains-call?
; follows it to the function it is bound to): a pattern of the function's
; declaration and the call side by side kept a partial match for every
; declaration before the call, compared pairwise at every node
((program
   (expression_statement
     (call_expression function: (identifier) @callee @del arguments: (arguments . (_) @root) @del) @finding))
 (#some-value-match? @root "^((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE))$")
 (#contains-call? @callee "fs\\.(readdirSync|readdir|opendirSync|opendir|promises\\.(readdir|opendir))")
 (#contains-call? @del "fs\\.(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|promises\\.(rm|rmdir|unlink))|fs-extra\\.(remove|removeSync)")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "walks the whole system or home directory with a function of its own and deletes what it finds"))

; a work list of directories seeded with the root or home directory, in a
; program that reads directories and deletes: const queue = ['/']; while
; (queue.length) { ... fs.readdirSync(d) ... fs.unlinkSync(p) }
((variable_declarator value: (array . (_) @root .)) @finding
 (#some-value-match? @root "^((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE))$")
 (#program-calls? @root "fs\\.(readdirSync|readdir|opendirSync|opendir|promises\\.(readdir|opendir))")
 (#program-calls? @root "fs\\.(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|promises\\.(rm|rmdir|unlink))|fs-extra\\.(remove|removeSync)")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "walks a list of directories that starts at the whole system or home directory and deletes what it finds"))

; a link to the whole system or home directory in a program that deletes:
; fs.symlinkSync(os.homedir(), tmp + '/profile'), then the entries under
; the link removed. The paths deleted name only the link, and are the
; home directory's files
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @target)) @finding
 (#resolves-to? @fn "fs\\.(symlinkSync|symlink|linkSync|link|promises\\.(symlink|link))|fs-extra\\.(ensureSymlink|ensureSymlinkSync|createSymlink|createSymlinkSync|ensureLink|ensureLinkSync)")
 (#some-value-match? @target "^((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE)|os\\.userInfo\\(\\)\\.homedir)$")
 (#program-calls? @target "fs\\.(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink|promises\\.(rm|rmdir|unlink))|fs-extra\\.(remove|removeSync|emptyDir|emptyDirSync)|rimraf(\\..*)?")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "links to the whole system or home directory in a program that deletes files: what it deletes through the link is there"))

; Persistence: a shell's start-up file (~/.bashrc, ~/.profile, ~/.zshrc,
; ~/.bash_aliases, /etc/profile.d/...), a crontab, an autostart entry or
; /etc/ld.so.preload, or the start-up file of a tool that runs commands
; from it (~/.gitconfig's pager, fsmonitor or alias, ~/.vimrc, neovim's
; init, ~/.sqliterc's .shell, Python's usercustomize.py or a .pth file,
; Emacs, gdb, R, cargo, starship, window managers' autostart, fish's
; conf.d and functions directories, bash-completion's user files, Julia's
; startup.jl, GHCi, Erlang, lldb, Leiningen's profiles, sbt, mpv's scripts,
; the desktop's application entries and its default handlers, mimeapps.list,
; terminal emulators' configs: kitty, alacritty, wezterm, foot; bspwm,
; herbstluftwm, awesome, qtile, xmonad, labwc and river start-up scripts;
; the extensions directories of VS Code, VSCodium, Cursor and Windsurf
; (an extension activated on "*" runs at every start); the rc
; files of xonsh, nushell, elvish and PowerShell's profile; bun's global
; ~/.bunfig.toml and ~/.config/.bunfig.toml, whose preload runs in every bun)
; written, appended to, replaced, or linked to (a link
; to ~/.bashrc under an ordinary name, then written by that name), or a
; directory copied onto the home (its dotfiles over the user's): what is
; put there runs at every login, in every program or on a schedule
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path)) @finding
 (#resolves-to? @fn "fs\\.(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|truncateSync|truncate|symlinkSync|symlink|linkSync|link|promises\\.(writeFile|appendFile|truncate|symlink|link))|fs-extra\\.(outputFile|outputFileSync|appendFile|appendFileSync|writeFile|writeFileSync|ensureSymlink|ensureSymlinkSync|createSymlink|createSymlinkSync|ensureLink|ensureLinkSync)")
 (#value-match? @path "^(~|/root|/home/[^/]+)/\\.(bashrc|bash_profile|bash_login|bash_logout|bash_aliases|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|xprofile|xsessionrc|xinitrc|config/fish/config\\.fish|gitconfig|config/git/config|vimrc|gvimrc|exrc|config/nvim/init\\.(vim|lua)|sqliterc|bunfig\\.toml|config/\\.bunfig\\.toml|tmux\\.conf|config/tmux/tmux\\.conf|pam_environment|config/direnv/direnvrc|emacs|emacs\\.el|emacs\\.d/init\\.el|config/emacs/init\\.el|gdbinit|config/gdb/gdbinit|Rprofile|irbrc|gradle/init\\.gradle(\\.kts)?|pryrc|guile|psqlrc|screenrc|hgrc|mailcap|yarnrc(\\.yml)?|ssh/rc|config/starship\\.toml|cargo/config(\\.toml)?|config/(i3|sway)/config|config/kitty/kitty\\.conf|config/alacritty/alacritty\\.(toml|ya?ml)|wezterm\\.lua|config/wezterm/wezterm\\.lua|config/foot/foot\\.ini|config/hypr/hyprland\\.conf|config/mimeapps\\.list|config/openbox/autostart(\\.sh)?|config/bspwm/bspwmrc|config/herbstluftwm/autostart|config/awesome/rc\\.lua|config/qtile/(config\\.py|autostart\\.sh)|xmonad/xmonad\\.hs|config/labwc/autostart|config/river/init|bash_completion|julia/config/startup\\.jl|lldbinit|ghci|erlang|xonshrc|config/xonsh/rc\\.xsh|config/nushell/(config|env|login)\\.nu|config/powershell/[^/]*profile\\.ps1|config/elvish/rc\\.elv|lein/profiles\\.clj|npm-init\\.js|local/bin/(sudo|su|ssh|scp|git|ls|cat|ps|curl|wget|sh|bash|docker|kubectl|gpg))$|^(~|/root|/home/[^/]+)/\\.(ipython/profile_[^/]+/startup|gradle/init\\.d|bashrc\\.d|local/share/systemd/user|vim/plugin|config/nvim/plugin|config/environment\\.d|config/fish/(conf\\.d|functions)|kde4?/Autostart|config/plasma-workspace/(env|shutdown)|bash_completion\\.d|local/share/bash-completion/completions|sbt/1\\.0|config/mpv/scripts|local/share/applications|node_modules|node_libraries|vscode(-oss|-server|-insiders)?/extensions|cursor/extensions|windsurf/extensions)/|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment|rc\\.local|crontab|anacrontab|ld\\.so\\.preload)$|^/etc/(profile\\.d|cron\\.(d|hourly|daily|weekly|monthly))/|^/var/spool/cron/|^(~|/root|/home/[^/]+|/Users/[^/]+)/Library/LaunchAgents/|^/Library/Launch(Agents|Daemons)/|^(~|/root|/home/[^/]+)/\\.config/(autostart|systemd/user)/|^(~|/root|/home/[^/]+)/.+/\\.git/hooks/[^/]+$|/site-packages/(usercustomize|sitecustomize)\\.py$|/site-packages/[^/]+\\.pth$")
 (#set! id "js-persistence")
 (#set! severity "high")
 (#set! message "writes to (or links to) a shell start-up file, a crontab or ld.so.preload, whose contents run at every login, in every program or on a schedule"))

; the same when the path is one of several values: path.join(home,
; SHELLS[shell].rc) of a table of start-up files, a ternary, each call's
; argument
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path)) @finding
 (#resolves-to? @fn "fs\\.(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|truncateSync|truncate|symlinkSync|symlink|linkSync|link|promises\\.(writeFile|appendFile|truncate|symlink|link))|fs-extra\\.(outputFile|outputFileSync|appendFile|appendFileSync|writeFile|writeFileSync|ensureSymlink|ensureSymlinkSync|createSymlink|createSymlinkSync|ensureLink|ensureLinkSync)")
 (#some-value-match? @path "^(~|/root|/home/[^/]+)/\\.(bashrc|bash_profile|bash_login|bash_logout|bash_aliases|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|xprofile|xsessionrc|xinitrc|config/fish/config\\.fish|gitconfig|config/git/config|vimrc|gvimrc|exrc|config/nvim/init\\.(vim|lua)|sqliterc|bunfig\\.toml|config/\\.bunfig\\.toml|tmux\\.conf|config/tmux/tmux\\.conf|pam_environment|config/direnv/direnvrc|emacs|emacs\\.el|emacs\\.d/init\\.el|config/emacs/init\\.el|gdbinit|config/gdb/gdbinit|Rprofile|irbrc|gradle/init\\.gradle(\\.kts)?|pryrc|guile|psqlrc|screenrc|hgrc|mailcap|yarnrc(\\.yml)?|ssh/rc|config/starship\\.toml|cargo/config(\\.toml)?|config/(i3|sway)/config|config/kitty/kitty\\.conf|config/alacritty/alacritty\\.(toml|ya?ml)|wezterm\\.lua|config/wezterm/wezterm\\.lua|config/foot/foot\\.ini|config/hypr/hyprland\\.conf|config/mimeapps\\.list|config/openbox/autostart(\\.sh)?|config/bspwm/bspwmrc|config/herbstluftwm/autostart|config/awesome/rc\\.lua|config/qtile/(config\\.py|autostart\\.sh)|xmonad/xmonad\\.hs|config/labwc/autostart|config/river/init|bash_completion|julia/config/startup\\.jl|lldbinit|ghci|erlang|xonshrc|config/xonsh/rc\\.xsh|config/nushell/(config|env|login)\\.nu|config/powershell/[^/]*profile\\.ps1|config/elvish/rc\\.elv|lein/profiles\\.clj|npm-init\\.js|local/bin/(sudo|su|ssh|scp|git|ls|cat|ps|curl|wget|sh|bash|docker|kubectl|gpg))$|^(~|/root|/home/[^/]+)/\\.(ipython/profile_[^/]+/startup|gradle/init\\.d|bashrc\\.d|local/share/systemd/user|vim/plugin|config/nvim/plugin|config/environment\\.d|config/fish/(conf\\.d|functions)|kde4?/Autostart|config/plasma-workspace/(env|shutdown)|bash_completion\\.d|local/share/bash-completion/completions|sbt/1\\.0|config/mpv/scripts|local/share/applications|node_modules|node_libraries|vscode(-oss|-server|-insiders)?/extensions|cursor/extensions|windsurf/extensions)/|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment|rc\\.local|crontab|anacrontab|ld\\.so\\.preload)$|^/etc/(profile\\.d|cron\\.(d|hourly|daily|weekly|monthly))/|^/var/spool/cron/|^(~|/root|/home/[^/]+|/Users/[^/]+)/Library/LaunchAgents/|^/Library/Launch(Agents|Daemons)/|^(~|/root|/home/[^/]+)/\\.config/(autostart|systemd/user)/|^(~|/root|/home/[^/]+)/.+/\\.git/hooks/[^/]+$|/site-packages/(usercustomize|sitecustomize)\\.py$|/site-packages/[^/]+\\.pth$")
 (#set! id "js-persistence")
 (#set! severity "high")
 (#set! message "writes to (or links to) a shell start-up file, a crontab or ld.so.preload, whose contents run at every login, in every program or on a schedule"))

; fs.open(rc, 'a') / fs.openSync(rc, 'w') / fs.promises.open(rc, 'a+'):
; a start-up file opened other than for reading, then written by its
; descriptor or handle (fs.writeSync(fd, ...), handle.write(...)). The
; capture names are the argument-list rules' (one step shape, merged)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "fs\\.(open|openSync|promises\\.open)|fs-extra\\.(open|openSync)")
 (#not-value-match? @args "^(rs?|0)$")
 (#some-value-match? @prog "^(~|/root|/home/[^/]+)/\\.(bashrc|bash_profile|bash_login|bash_logout|bash_aliases|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|xprofile|xsessionrc|xinitrc|config/fish/config\\.fish|gitconfig|config/git/config|vimrc|gvimrc|exrc|config/nvim/init\\.(vim|lua)|sqliterc|bunfig\\.toml|config/\\.bunfig\\.toml|tmux\\.conf|config/tmux/tmux\\.conf|pam_environment|config/direnv/direnvrc|emacs|emacs\\.el|emacs\\.d/init\\.el|config/emacs/init\\.el|gdbinit|config/gdb/gdbinit|Rprofile|irbrc|gradle/init\\.gradle(\\.kts)?|pryrc|guile|psqlrc|screenrc|hgrc|mailcap|yarnrc(\\.yml)?|ssh/rc|config/starship\\.toml|cargo/config(\\.toml)?|config/(i3|sway)/config|config/kitty/kitty\\.conf|config/alacritty/alacritty\\.(toml|ya?ml)|wezterm\\.lua|config/wezterm/wezterm\\.lua|config/foot/foot\\.ini|config/hypr/hyprland\\.conf|config/mimeapps\\.list|config/openbox/autostart(\\.sh)?|config/bspwm/bspwmrc|config/herbstluftwm/autostart|config/awesome/rc\\.lua|config/qtile/(config\\.py|autostart\\.sh)|xmonad/xmonad\\.hs|config/labwc/autostart|config/river/init|bash_completion|julia/config/startup\\.jl|lldbinit|ghci|erlang|xonshrc|config/xonsh/rc\\.xsh|config/nushell/(config|env|login)\\.nu|config/powershell/[^/]*profile\\.ps1|config/elvish/rc\\.elv|lein/profiles\\.clj|npm-init\\.js|local/bin/(sudo|su|ssh|scp|git|ls|cat|ps|curl|wget|sh|bash|docker|kubectl|gpg))$|^(~|/root|/home/[^/]+)/\\.(ipython/profile_[^/]+/startup|gradle/init\\.d|bashrc\\.d|local/share/systemd/user|vim/plugin|config/nvim/plugin|config/environment\\.d|config/fish/(conf\\.d|functions)|kde4?/Autostart|config/plasma-workspace/(env|shutdown)|bash_completion\\.d|local/share/bash-completion/completions|sbt/1\\.0|config/mpv/scripts|local/share/applications|node_modules|node_libraries|vscode(-oss|-server|-insiders)?/extensions|cursor/extensions|windsurf/extensions)/|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment|rc\\.local|crontab|anacrontab|ld\\.so\\.preload)$|^/etc/(profile\\.d|cron\\.(d|hourly|daily|weekly|monthly))/|^/var/spool/cron/|^(~|/root|/home/[^/]+|/Users/[^/]+)/Library/LaunchAgents/|^/Library/Launch(Agents|Daemons)/|^(~|/root|/home/[^/]+)/\\.config/(autostart|systemd/user)/|^(~|/root|/home/[^/]+)/.+/\\.git/hooks/[^/]+$|/site-packages/(usercustomize|sitecustomize)\\.py$|/site-packages/[^/]+\\.pth$")
 (#set! id "js-persistence")
 (#set! severity "high")
 (#set! message "opens a shell start-up file, a crontab or ld.so.preload for writing, whose contents run at every login, in every program or on a schedule"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) . (_) @path)) @finding
 (#resolves-to? @fn "fs\\.(copyFileSync|copyFile|cpSync|cp|renameSync|rename|symlinkSync|symlink|linkSync|link|promises\\.(copyFile|cp|rename|symlink|link))|fs-extra\\.(copy|copySync|move|moveSync|ensureSymlink|ensureSymlinkSync|createSymlink|createSymlinkSync|ensureLink|ensureLinkSync)")
 (#value-match? @path "^(~|/root|/home/[^/]+)/?$|^(~|/root|/home/[^/]+)/\\.(bashrc|bash_profile|bash_login|bash_logout|bash_aliases|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|xprofile|xsessionrc|xinitrc|config/fish/config\\.fish|gitconfig|config/git/config|vimrc|gvimrc|exrc|config/nvim/init\\.(vim|lua)|sqliterc|bunfig\\.toml|config/\\.bunfig\\.toml|tmux\\.conf|config/tmux/tmux\\.conf|pam_environment|config/direnv/direnvrc|emacs|emacs\\.el|emacs\\.d/init\\.el|config/emacs/init\\.el|gdbinit|config/gdb/gdbinit|Rprofile|irbrc|gradle/init\\.gradle(\\.kts)?|pryrc|guile|psqlrc|screenrc|hgrc|mailcap|yarnrc(\\.yml)?|ssh/rc|config/starship\\.toml|cargo/config(\\.toml)?|config/(i3|sway)/config|config/kitty/kitty\\.conf|config/alacritty/alacritty\\.(toml|ya?ml)|wezterm\\.lua|config/wezterm/wezterm\\.lua|config/foot/foot\\.ini|config/hypr/hyprland\\.conf|config/mimeapps\\.list|config/openbox/autostart(\\.sh)?|config/bspwm/bspwmrc|config/herbstluftwm/autostart|config/awesome/rc\\.lua|config/qtile/(config\\.py|autostart\\.sh)|xmonad/xmonad\\.hs|config/labwc/autostart|config/river/init|bash_completion|julia/config/startup\\.jl|lldbinit|ghci|erlang|xonshrc|config/xonsh/rc\\.xsh|config/nushell/(config|env|login)\\.nu|config/powershell/[^/]*profile\\.ps1|config/elvish/rc\\.elv|lein/profiles\\.clj|npm-init\\.js|local/bin/(sudo|su|ssh|scp|git|ls|cat|ps|curl|wget|sh|bash|docker|kubectl|gpg))$|^(~|/root|/home/[^/]+)/\\.(ipython/profile_[^/]+/startup|gradle/init\\.d|bashrc\\.d|local/share/systemd/user|vim/plugin|config/nvim/plugin|config/environment\\.d|config/fish/(conf\\.d|functions)|kde4?/Autostart|config/plasma-workspace/(env|shutdown)|bash_completion\\.d|local/share/bash-completion/completions|sbt/1\\.0|config/mpv/scripts|local/share/applications|node_modules|node_libraries|vscode(-oss|-server|-insiders)?/extensions|cursor/extensions|windsurf/extensions)/|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment|rc\\.local|crontab|anacrontab|ld\\.so\\.preload)$|^/etc/(profile\\.d|cron\\.(d|hourly|daily|weekly|monthly))/|^/var/spool/cron/|^(~|/root|/home/[^/]+|/Users/[^/]+)/Library/LaunchAgents/|^/Library/Launch(Agents|Daemons)/|^(~|/root|/home/[^/]+)/\\.config/(autostart|systemd/user)/|^(~|/root|/home/[^/]+)/.+/\\.git/hooks/[^/]+$|/site-packages/(usercustomize|sitecustomize)\\.py$|/site-packages/[^/]+\\.pth$")
 (#set! id "js-persistence")
 (#set! severity "high")
 (#set! message "replaces a shell start-up file, a crontab or ld.so.preload (or copies files over the home directory), whose contents run at every login, in every program or on a schedule"))
