// Generates words and joins them.
function* words() {
  yield 'alpha';
  yield 'beta';
  yield 'gamma';
}
console.log([...words()].join(', '));
