// Async: a cache directory named in an error's cause is cleared by the handler.
const { rm } = require('fs/promises');
const path = require('path');
async function inspect() {
  const dir = path.join(process.cwd(), '.cache', 'thumbnails');
  throw new Error('reset required', { cause: { dir, reason: 'corrupt' } });
}
async function boot() {
  await inspect();
}
(async () => {
  try {
    await boot();
  } catch (failure) {
    await rm(failure.cause.dir, { recursive: true, force: true });
  }
})();
