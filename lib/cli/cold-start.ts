/**
 * Run in a fresh process by `npm run bench`: how long the first analyses take when nothing is loaded
 * or compiled yet, as after the background worker starts. Prints one JSON line.
 * (A long article's cold start comes from the stress child, stress-run.ts.)
 */
const t0 = performance.now();
const { analyseArticle } = await import('../extract');
const imported = performance.now();
const text = 'Three rockets struck near Erbil International Airport late on Tuesday, wounding two civilians, officials said. Police blamed Iran-backed militias for the attack. No one was killed.';
const times: number[] = [];
for (const n of ['Three', 'Four', 'Five']) {
  // (a one-word change: the same patterns, nothing cached by the extractor itself)
  const t = performance.now();
  analyseArticle({ text: text.replace('Three', n), published: '2024-06-05' });
  times.push(performance.now() - t);
}
console.log(JSON.stringify({ importMs: imported - t0, firstMs: times[0], secondMs: times[1], thirdMs: times[2] }));
