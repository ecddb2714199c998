// A logger that records where it was called from.
function where() {
  const holder = {};
  Error.captureStackTrace(holder, where);
  return holder.stack.split('\n')[1].trim();
}
console.log('called', where());
