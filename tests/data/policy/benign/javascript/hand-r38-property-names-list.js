// Lists the sync methods fs offers.
const fs = require('fs');
const names = Object.getOwnPropertyNames(fs).filter((k) => k.endsWith('Sync'));
console.log(names.length, names.find((k) => k.startsWith('readF')));
const st = fs[names.find((k) => k === 'statSync')]('.');
console.log(st.isDirectory());
