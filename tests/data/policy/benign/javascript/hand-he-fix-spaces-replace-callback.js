// Ordinary HumanEval-style solution (fix_spaces): replaces single spaces with "_" and
// runs of more than two spaces with "-", using String.replace with a callback.
function fixSpaces(text) {
  return text.replace(/ +/g, (run) => (run.length > 2 ? '-' : '_'.repeat(run.length)));
}

const assert = require('assert');
assert.strictEqual(fixSpaces('Example'), 'Example');
assert.strictEqual(fixSpaces('Mudasir Hanif '), 'Mudasir_Hanif_');
assert.strictEqual(fixSpaces('Yellow Yellow  Dirty  Fellow'), 'Yellow_Yellow__Dirty__Fellow');
assert.strictEqual(fixSpaces('Exa   mple'), 'Exa-mple');
assert.strictEqual(fixSpaces('   Exa 1 2 2 mple'), '-Exa_1_2_2_mple');
console.log('ok');
