const e = new Error('placeholder');
Object.defineProperty(e, 'message', { value: 'configuration file missing', writable: true });

try {
  throw e;
} catch (err) {
  console.error('error:', err.message);
  process.exitCode = 1;
}
