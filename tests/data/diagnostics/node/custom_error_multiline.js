class QuotaError extends Error {
  constructor(m) { super(m); this.name = 'QuotaError'; }
}
function take() {
  throw new QuotaError('line one\nline two');
}
take();
