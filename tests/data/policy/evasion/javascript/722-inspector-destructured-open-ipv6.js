// Opens the V8 inspector on every IPv6 (and IPv4) interface with a
// destructured `open` and the host '::'.
'use strict';
const { open, url } = require('inspector');

const ANY = '::';
open(0, ANY, false);
console.log(url());
setInterval(() => {}, 60_000);
