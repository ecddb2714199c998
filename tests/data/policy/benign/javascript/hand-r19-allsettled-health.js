// Checks several public endpoints with Promise.allSettled and prints a health table.
const urls = ['https://registry.npmjs.org/', 'https://api.github.com/', 'https://nodejs.org/dist/index.json'];

Promise.allSettled(urls.map((u) => fetch(u, { method: 'HEAD' }))).then((results) => {
  results.forEach((r, i) => {
    const state = r.status === 'fulfilled' ? r.value.status : 'down (' + r.reason.message + ')';
    console.log(urls[i].padEnd(40), state);
  });
});
