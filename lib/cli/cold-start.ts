/**
 * Run in a fresh process by `npm run bench`: how long the first analyses take when nothing is loaded
 * or compiled yet, as after the background worker starts. Prints one JSON line.
 * With the argument "long", the first text is an 8,000-character article from the bench's generator
 * (claims, tolls, several places): the patterns it needs are more than a three-sentence report's.
 */
const t0 = performance.now();
const { analyseArticle } = await import('../extract');
const { realisticText } = await import('./stress-inputs');
const imported = performance.now();
const short = 'Three rockets struck near Erbil International Airport late on Tuesday, wounding two civilians, officials said. Police blamed Iran-backed militias for the attack. No one was killed.';
const text = process.argv[2] === 'long' ? realisticText(5, 8_000) : short;
const times: number[] = [];
for (const n of ['Three', 'Four', 'Five']) {
  // (a one-word change: the same patterns, nothing cached by the extractor itself)
  const t = performance.now();
  analyseArticle({ text: text.replace('Three', n), published: '2024-06-05' });
  times.push(performance.now() - t);
}
console.log(JSON.stringify({ importMs: imported - t0, firstMs: times[0], secondMs: times[1], thirdMs: times[2] }));
