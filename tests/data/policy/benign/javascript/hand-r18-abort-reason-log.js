// Logs why a job was cancelled.
const signal = AbortSignal.abort(new Error('user cancelled'));
console.log('cancelled:', signal.reason.message);
