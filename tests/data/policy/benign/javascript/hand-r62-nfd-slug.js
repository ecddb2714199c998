// Strips accents from city names for ASCII file names.
const fs = require('fs');
const path = require('path');
const os = require('os');

function plain(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

const cities = ['Zürich', 'Málaga', 'Kraków', 'São Paulo'];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cities-'));
for (const c of cities) fs.writeFileSync(path.join(dir, plain(c) + '.txt'), c);
console.log(fs.readdirSync(dir));
const util = require(plain('útil'));
console.log(util.format('%d files', cities.length));
