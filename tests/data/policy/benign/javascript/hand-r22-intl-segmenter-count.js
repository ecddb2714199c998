// Counts words in a sentence with Intl.Segmenter.
const seg = new Intl.Segmenter('en', { granularity: 'word' });
const text = 'The quick brown fox jumps over the lazy dog';
const words = [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
console.log(words.length, words.reverse().join(' '));
