// Abort a slow operation after a deadline.
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('aborted:', ac.signal.reason));
setTimeout(() => ac.abort('deadline'), 10);
