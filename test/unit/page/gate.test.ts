// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gate } from '../../../lib/page/gate';

const load = (name: string) => {
  document.open();
  document.write(readFileSync(join(__dirname, '../../fixtures/e2e', name), 'utf8'));
  document.close();
  return document;
};

describe('content-script gate', () => {
  it('lets an attack report through', () => {
    expect(gate(load('rocket-attack.html'))).toMatchObject({ pass: true });
  });
  it('stops a page that is not an article', () => {
    expect(gate(load('not-article.html'))).toEqual({ pass: false, reason: 'not an article' });
  });
  it('stops an article without attack vocabulary', () => {
    document.documentElement.innerHTML =
      '<head><meta property="og:type" content="article"><title>Bakery wins award</title></head><body><article><h1>Bakery wins award</h1><p>The family bakery on the high street won a regional award for its sourdough loaves this week.</p></article></body>';
    expect(gate(document)).toMatchObject({ pass: false });
  });
  it('ignores attack words that are only in scripts', () => {
    document.documentElement.innerHTML =
      '<head><title>Gardening tips</title><script>var s = "rocket attack killed 50";</script></head><body><article><h1>Gardening tips</h1><p>Plant bulbs in autumn, about twice as deep as the bulb is tall, in well-drained soil.</p></article></body>';
    expect(gate(document)).toMatchObject({ pass: false });
  });
  it('lets a sports report with "attack", "strike", "shot" through (the extractor decides)', () => {
    expect(gate(load('sports-match.html'))).toMatchObject({ pass: true });
  });
});
