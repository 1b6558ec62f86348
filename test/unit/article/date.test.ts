import { describe, expect, it } from 'vitest';
import { parseDateValue, readPublicationDate } from '../../../lib/article';
import { fixture, html } from './helpers';

const page = (head: string, body = '') => html(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe('parseDateValue', () => {
  it.each([
    ['2024-10-01', '2024-10-01'],
    ['2024-10-01T23:30:00-05:00', '2024-10-01'], // the publisher's calendar day, not UTC's
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['2015/03/18', '2015-03-18'],
    ['20150318', '2015-03-18'],
    ['March 18, 2015', '2015-03-18'],
    ['Thursday, December 22, 2016, 06:47 PM', '2016-12-22'],
    ['Wed, 18 Mar 2015 10:00:00 GMT', '2015-03-18'],
    ['18 Sept 2015', '2015-09-18'],
    ['1426686630', '2015-03-18'],
    ['25/12/2019', '2019-12-25'],
  ])('%s → %s', (raw, day) => expect(parseDateValue(raw)).toBe(day));

  it.each(['', 'not a date', '0000-00-00T00:00:00Z', '2019-02-30', '2019-13-01', '1970-01-01', '03/04/2019', 'Mayor 12 2015', '9'.repeat(1000)])(
    'rejects %j',
    (raw) => expect(parseDateValue(raw)).toBeNull(),
  );

  it('ignores non-strings', () => {
    expect(parseDateValue({})).toBeNull();
    expect(parseDateValue(null)).toBeNull();
    expect(parseDateValue(Number.NaN)).toBeNull();
  });
});

describe('readPublicationDate', () => {
  it('reads article:published_time first', () => {
    const doc = page(`<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2021-03-15T10:00:00Z">`);
    expect(readPublicationDate(doc)).toBe('2021-03-15');
  });

  it.each([
    ['<meta property="og:published_time" content="2021-03-15">'],
    ['<meta name="pubdate" content="20210315">'],
    ['<meta name="publishdate" content="2021-03-15">'],
    ['<meta name="DC.date.issued" content="2021-03-15">'],
    ['<meta name="sailthru.date" content="Mon, 15 Mar 2021 10:00:00 -0400">'],
    ['<meta name="parsely-pub-date" content="2021-03-15T10:00:00Z">'],
    ['<meta itemprop="datePublished" content="2021-03-15">'],
    ['<meta name="date" content="2021-03-15">'],
    // Some saved pages carry `value` where `content` belongs.
    ['<meta name="article:published_time" value="2021-03-15T00:47:31Z">'],
  ])('reads %s', (meta) => expect(readPublicationDate(page(meta))).toBe('2021-03-15'));

  it('reads JSON-LD in an @graph, preferring the article over other nodes', () => {
    expect(readPublicationDate(html(fixture('attack-report.html')))).toBe('2024-10-01');
  });

  it('skips malformed JSON-LD and bad metas, then reads an array of objects with a @type array', () => {
    expect(readPublicationDate(html(fixture('broken-metadata.html')))).toBe('2019-04-28');
  });

  it('prefers a <time> in the article over one in a sidebar', () => {
    const doc = page('', `<aside><time datetime="2023-05-05">May 5</time></aside><article><header><time datetime="2022-02-02T10:00">Feb 2</time></header><p>Text</p></article>`);
    expect(readPublicationDate(doc)).toBe('2022-02-02');
  });

  it('falls back to any <time datetime>', () => {
    expect(readPublicationDate(page('', '<div><time datetime="2022-02-02">x</time></div>'))).toBe('2022-02-02');
  });

  it('returns null when the page says nothing', () => {
    expect(readPublicationDate(page('<title>x</title>', '<p>Nothing here</p>'))).toBeNull();
  });

  it('does not throw on hostile input', () => {
    const hostile = page(
      [
        '<script type="application/ld+json">{"@graph": [' + '['.repeat(5000) + ']'.repeat(5000) + ']}</script>',
        '<script type="application/ld+json">{"datePublished": {"toString": 1}}</script>',
        '<script type="application/ld+json">null</script>',
        '<script type="application/ld+json">"2020-01-01"</script>',
        '<script type="application/ld+json"><!-- {"datePublished": "2020-01-01"} --></script>',
        '<meta property="article:published_time">',
        '<meta name="date" content="' + 'x'.repeat(100000) + '">',
      ].join(''),
      '<time datetime="">x</time><time>no attr</time>',
    );
    expect(() => readPublicationDate(hostile)).not.toThrow();
    // The HTML-comment-wrapped JSON-LD is still understood.
    expect(readPublicationDate(hostile)).toBe('2020-01-01');
  });
});
