const hint = new RangeError('index out of range');
const text = hint.toString();
console.log(text.split(": ")[1]);
