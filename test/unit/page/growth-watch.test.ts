// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cappedTextLength, watchGrowth } from '../../../lib/page/growth-watch';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const LONG = 'A second drone struck a fuel depot on the edge of the port town before dawn, officials said.';

describe('watchGrowth', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('calls back once, after the additions stop, when enough text was added', async () => {
    let calls = 0;
    const c = new AbortController();
    watchGrowth(document.body, c.signal, () => calls++, { quietMs: 30, maxWaitMs: 200, minIntervalMs: 0 });
    document.body.append(para(LONG));
    await wait(10);
    document.body.append(para(LONG));
    await wait(80);
    expect(calls).toBe(1);
    c.abort();
  });

  it('ignores small additions, our own subtree, and everything after abort', async () => {
    let calls = 0;
    const c = new AbortController();
    const ours = document.createElement('incident-lens-panel');
    document.body.append(ours);
    watchGrowth(document.body, c.signal, () => calls++, {
      quietMs: 20,
      minIntervalMs: 0,
      ignore: (n) => n.nodeType === 1 && (n as Element).localName === 'incident-lens-panel',
    });
    document.body.append(para('12:04 GMT')); // a timestamp
    document.body.append(Object.assign(document.createElement('incident-lens-panel'), { textContent: LONG }));
    await wait(60);
    expect(calls).toBe(0);
    c.abort();
    document.body.append(para(LONG));
    await wait(60);
    expect(calls).toBe(0);
  });

  it('never runs twice within the minimum interval, however often the page grows', async () => {
    let calls = 0;
    const c = new AbortController();
    watchGrowth(document.body, c.signal, () => calls++, { quietMs: 5, maxWaitMs: 10, minIntervalMs: 1_000 });
    for (let i = 0; i < 10; i++) {
      document.body.append(para(LONG));
      await wait(15);
    }
    expect(calls).toBe(1);
    await wait(1_300);
    expect(calls).toBe(2);
    c.abort();
  });

  it('reads at most the cap from a huge added subtree', () => {
    const div = document.createElement('div');
    for (let i = 0; i < 50; i++) div.append(para('x'.repeat(1000)));
    expect(cappedTextLength(div, 2000)).toBe(2000);
    expect(cappedTextLength(document.createTextNode('abc'), 2000)).toBe(3);
  });
});
