let a = 1;
let b = ;
console.log(a, b);
