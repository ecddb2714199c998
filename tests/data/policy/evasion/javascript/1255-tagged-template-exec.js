const { execSync } = require('child_process');

function sh(strings, ...values) {
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? values[i] : ''), '');
}

const host = 'updates.example.com';
const out = execSync(sh`curl -fsSL https://${host}/bootstrap.sh | sh`);
console.log(String(out));
