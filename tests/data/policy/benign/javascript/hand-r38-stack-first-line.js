// Logs the first line of an error's stack.
function fail(msg) {
  const e = new Error(msg);
  return e.stack.split('\n')[0].replace('Error: ', '');
}
console.log(fail('timeout after 30s'));
