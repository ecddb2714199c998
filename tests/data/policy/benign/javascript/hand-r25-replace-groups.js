// Swaps "last first" names.
const raw = 'Lovelace Ada';
console.log(raw.replace(/(\w+) (\w+)/, '$2 $1'));
