function failure(reason) {
  return new Error(reason);
}

function describe(err) {
  return err.message;
}

const e = failure('disk almost full');
console.error(describe(e));
