// Logs the first line of an error's stack when a step fails.
function step() {
  throw new Error('step failed');
}
try {
  step();
} catch (e) {
  console.error(e.stack.split('\n')[0]);
}
