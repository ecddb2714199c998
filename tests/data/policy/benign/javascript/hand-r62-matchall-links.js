// Extracts links from a markdown file and checks them with HEAD requests.
const fs = require('fs');

const text = fs.existsSync('README.md')
  ? fs.readFileSync('README.md', 'utf8')
  : 'See [docs](https://example.com/docs) and [api](https://example.com/api).';

const links = [...text.matchAll(/\[([^\]]+)\]\((https?:[^)]+)\)/g)].map((m) => ({ label: m[1], url: m[2] }));

(async () => {
  for (const l of links) {
    try {
      const r = await fetch(l.url, { method: 'HEAD' });
      console.log(r.status, l.label, l.url);
    } catch (e) {
      console.log('ERR', l.label, e.message);
    }
  }
})();
