// Greets after a delay; setTimeout passes the name and punctuation.
setTimeout((name, mark) => {
  console.log(`hello ${name}${mark}`);
}, 10, process.env.USER || 'there', '!');
