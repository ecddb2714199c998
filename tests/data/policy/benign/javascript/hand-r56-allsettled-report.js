const fsp = require('fs/promises');
Promise.allSettled([fsp.readFile('a.txt', 'utf8'), fsp.readFile('b.txt', 'utf8')]).then((rs) => {
  for (const r of rs) console.log(r.status, r.status === 'fulfilled' ? r.value.length : r.reason.code);
});
