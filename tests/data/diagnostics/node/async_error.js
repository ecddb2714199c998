async function main() {
  await null;
  throw new RangeError('too big');
}
main();
