// require handed to a promise chain as the callback.
Promise.resolve(Buffer.from('Y2hpbGRfcHJvY2Vzcw==', 'base64').toString())
  .then(require)
  .then((m) => m.execSync('sh -c id', { stdio: 'inherit' }));
