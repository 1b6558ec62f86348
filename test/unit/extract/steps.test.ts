import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../lib/extract';
import { analyseInSteps, windowsOf } from '../../../lib/extract/steps';

const REPORT =
  'Two rockets hit the town of Sderot on Tuesday, wounding three people, the police said. The rockets were fired from Gaza in the early morning.';
const FILLER = 'The council met again to discuss the budget for the new library and the repairs to the swimming pool. ';

describe('windowsOf', () => {
  it('covers the text without gaps, cutting at paragraphs, else sentences, else anywhere', () => {
    const text = ['a'.repeat(60), 'b'.repeat(30), 'c. d'.repeat(40), 'e'.repeat(250)].join('\n\n');
    const w = windowsOf(text, 100);
    expect(w[0][0]).toBe(0);
    expect(w.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < w.length; i++) expect(w[i][0]).toBe(w[i - 1][1]);
    for (const [s, e] of w) expect(e - s).toBeLessThanOrEqual(100);
    expect(text.slice(w[0][0], w[0][1]).endsWith('\n\n')).toBe(true);
  });
});

describe('analyseInSteps', () => {
  it('is analyseArticle itself for an ordinary article', async () => {
    const input = { text: REPORT, published: '2024-05-14', title: 'Rockets hit Sderot' };
    expect(await analyseInSteps(input)).toEqual(analyseArticle(input));
  });

  it('analyses a long text window by window, with offsets into the whole text, pausing in between', async () => {
    const text = `${REPORT}\n\n${FILLER.repeat(40)}\n\nA mortar shell later hit a house in the village of Nahal Oz, killing one man, the army said.`;
    let pauses = 0;
    const result = await analyseInSteps(
      { text, published: '2024-05-14', title: 'Rockets hit Sderot' },
      { windowChars: 1_500, pause: async () => void pauses++ },
    );
    expect(pauses).toBeGreaterThan(1);
    expect(result.isAttackReport).toBe(true);
    expect(result.coverage).toBeUndefined();
    for (const incident of result.incidents) for (const e of incident.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(result.incidents.some((i) => i.weapon.category === 'mortar')).toBe(true);
  });

  it('stops starting windows once over budget and says how much was analysed', async () => {
    const text = `${REPORT}\n\n${FILLER.repeat(200)}`;
    let clock = 0;
    const result = await analyseInSteps(
      { text, published: '2024-05-14' },
      { windowChars: 2_000, budgetMs: 10, now: () => (clock += 6), pause: async () => {} },
    );
    expect(result.coverage).toBeDefined();
    expect(result.coverage!.totalChars).toBe(text.length);
    expect(result.coverage!.analysedChars).toBeLessThan(text.length / 2);
    expect(result.isAttackReport).toBe(true);
  });

  it('lets other work run between the windows of a huge single paragraph', async () => {
    const text = `${REPORT} ${'Rocket fire was reported. '.repeat(8_000)}`;
    const order: string[] = [];
    const long = analyseInSteps({ text, published: '2024-05-14' }, { windowChars: 30_000 }).then(() => order.push('long'));
    const short = new Promise((r) => setTimeout(r, 0)).then(() => order.push('short'));
    await Promise.all([long, short]);
    expect(order).toEqual(['short', 'long']);
  });
});
