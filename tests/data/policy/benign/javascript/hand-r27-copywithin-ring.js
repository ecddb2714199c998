const ring = [1, 2, 3, 4, 5, 6];
ring.copyWithin(0, 3);
console.log(ring.slice(0, 3).join(","));
