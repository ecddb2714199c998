// Accent-insensitive search over a small catalogue.
const catalogue = ['Crème brûlée', 'Café au lait', 'Jalapeño poppers', 'Smørrebrød'];
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function search(q) {
  const needle = fold(q);
  return catalogue.filter((item) => fold(item).includes(needle));
}

for (const q of ['creme', 'CAFE', 'jalapeno']) console.log(q, '->', search(q));
console.log('nfc', 'é'.normalize().length, 'nfd', 'é'.normalize('NFD').length);
