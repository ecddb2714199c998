// An ordinary downloader: asks several mirrors at once and keeps the first
// answer (Promise.any); when all fail, prints each reason.
'use strict';
const mirrors = ['https://a.example-mirror.org/index.json', 'https://b.example-mirror.org/index.json'];

Promise.any(mirrors.map((u) => fetch(u).then((r) => r.json())))
  .then((index) => console.log(Object.keys(index).length, 'packages'))
  .catch((agg) => agg.errors.forEach((e) => console.error(e.message)));
