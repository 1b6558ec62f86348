/**
 * The whole extractor on short articles written for the project: attacks of several kinds and
 * regions, and the hard negatives the detector must reject. Each expectation is what a careful
 * human coder would record from the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../lib/extract';

const dir = join(__dirname, '../../fixtures/articles');
const analyse = (name: string, published: string) =>
  analyseArticle({ text: readFileSync(join(dir, `${name}.txt`), 'utf8'), published });

describe('attack reports', () => {
  it('drone strike: count with interceptions, casualties, city, damage', () => {
    const a = analyse('kharkiv-drones', '2024-05-18');
    expect(a.isAttackReport).toBe(true);
    const [main] = a.incidents;
    expect(main.weapon.category).toBe('drone');
    expect(main.projectiles).toMatchObject({ best: 42, intercepted: 31 });
    expect(main.location).toMatchObject({ name: 'Kharkiv', country: 'UA', precision: 'town' });
    expect(main.killed.best).toBe(3);
    expect(main.injured.best).toBe(14);
    expect(main.date.value).toBe('2024-05-18');
    expect(main.perpetrator.name).toBe('Russia');
    expect(main.damage).toMatch(/destroyed/);
  });

  it('car bomb: claimed responsibility, a dateline that is not the place, "more than 20"', () => {
    const a = analyse('mogadishu-car-bomb', '2023-03-07');
    const [main] = a.incidents;
    expect(main.weapon.category).toBe('explosive');
    expect(main.killed).toMatchObject({ best: 12, qualifier: 'at_least' });
    expect(main.injured).toMatchObject({ best: 20, qualifier: 'more_than' });
    expect(main.location?.country).toBe('SO');
    expect(main.perpetrator).toMatchObject({ status: 'claimed' });
    expect(main.perpetrator.name).toMatch(/al-Shabaab/);
    expect(main.date.value).toBe('2023-03-07');
  });

  it('village raid: suspected perpetrator, casualties in a later sentence, "late Sunday"', () => {
    const a = analyse('maiduguri-gunmen', '2022-06-13');
    const [main] = a.incidents;
    expect(main.weapon.category).toBe('gunfire');
    expect(main.killed.best).toBe(23);
    expect(main.date.value).toBe('2022-06-12');
    expect(main.perpetrator).toMatchObject({ name: 'Boko Haram fighters', status: 'suspected' });
    expect(main.location?.country).toBe('NG');
  });

  it('vehicle ramming: "dozens" injured is 12, vague', () => {
    const [main] = analyse('berlin-ramming', '2023-12-15').incidents;
    expect(main.weapon.category).toBe('vehicle');
    expect(main.killed.best).toBe(2);
    expect(main.injured).toMatchObject({ best: 12, qualifier: 'vague' });
    expect(main.location).toMatchObject({ name: 'Berlin', country: 'DE' });
  });

  it('airstrikes: a second incident "earlier on Wednesday" keeps its own date and toll', () => {
    const a = analyse('gaza-airstrike', '2024-02-08');
    expect(a.incidents).toHaveLength(2);
    const [main, earlier] = a.incidents;
    expect(main).toMatchObject({ weapon: { category: 'airstrike' }, killed: { best: 7 }, date: { value: '2024-02-08' } });
    expect(main.location?.name).toBe('Khan Younis');
    expect(main.perpetrator.name).toBe('Israel');
    expect(earlier).toMatchObject({ weapon: { category: 'airstrike' }, killed: { best: 16 }, date: { value: '2024-02-07' } });
  });

  it('every evidence span quotes the text at its offsets', () => {
    const text = readFileSync(join(dir, 'kharkiv-drones.txt'), 'utf8');
    const a = analyseArticle({ text, published: '2024-05-18' });
    for (const inc of a.incidents) for (const e of inc.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    const fields = new Set(a.incidents[0].evidence.map((e) => e.field));
    for (const f of ['date', 'weapon', 'projectiles', 'location', 'killed', 'injured']) expect(fields).toContain(f);
  });
});

describe('wire copy and other styles', () => {
  it('a wire dateline city stands for "in the capital"; air defences that "destroyed" missiles intercepted them', () => {
    const [main] = analyse('kyiv-wire', '2024-06-05').incidents;
    expect(main.location).toMatchObject({ name: 'Kyiv', country: 'UA' });
    expect(main.projectiles).toMatchObject({ best: 52, intercepted: 38 });
    expect(main.killed).toMatchObject({ best: 12, qualifier: 'at_least' });
    expect(main.perpetrator.name).toBe('Russia');
  });
  it('suicide bombing: a claim made the day after still belongs to the attack', () => {
    const [main] = analyse('peshawar', '2024-02-03').incidents;
    expect(main.weapon.category).toBe('suicide_bombing');
    expect(main.killed.best).toBe(57);
    expect(main.injured).toMatchObject({ best: 200, qualifier: 'about' });
    expect(main.perpetrator).toMatchObject({ status: 'claimed' });
    expect(main.perpetrator.name).toMatch(/Islamic State/);
    expect(main.target?.type).toBe('civilian');
  });
  it('an attack at sea: the sea named in the event, not a place from a later remark', () => {
    const [main] = analyse('redsea', '2024-06-05').incidents;
    expect(main.location?.name).toBe('Red Sea');
    expect(main.projectiles.best).toBe(2);
    expect(main.injured).toMatchObject({ best: 0, status: 'none_reported' });
    // "No injuries were reported": nobody hurt, so nobody killed (CODING.md).
    expect(main.killed.status).toBe('none_reported');
  });
  it('"Liverpool Street station in London" is in London; two men stabbed are two injured', () => {
    const [main] = analyse('london-stabbing', '2024-06-05').incidents;
    expect(main.location?.name).toBe('London');
    expect(main.weapon.category).toBe('melee');
    expect(main.injured.best).toBe(2);
  });
  it('an ambush and a mass shooting', () => {
    expect(analyse('djibo', '2024-06-01').incidents[0]).toMatchObject({ killed: { best: 33 }, injured: { best: 12 }, location: { country: 'BF' } });
    expect(analyse('buffalo', '2022-05-15').incidents[0]).toMatchObject({ weapon: { category: 'gunfire' }, killed: { best: 10 }, injured: { best: 3 }, location: { name: 'Buffalo', country: 'US' } });
  });
});

describe('casualty phrasing', () => {
  it('"leaving five soldiers dead and seven wounded", "in the early hours of Tuesday"', () => {
    const [main] = analyse('left-dead', '2024-06-06').incidents;
    expect(main).toMatchObject({ weapon: { category: 'explosive' }, killed: { best: 5 }, injured: { best: 7 }, date: { value: '2024-06-04' } });
    expect(main.location).toMatchObject({ name: 'Gao', country: 'ML' });
  });
  it('"shooting dead a policeman" is one killed; "A teacher was wounded" one injured', () => {
    const [main] = analyse('kidnap', '2024-06-06').incidents;
    expect(main.killed.best).toBe(1);
    expect(main.injured.best).toBe(1);
    expect(main.location?.country).toBe('NG');
  });
  it('a follow-up naming a district the gazetteer lacks stays with its city\'s incident', () => {
    const a = analyse('shelling', '2024-06-03');
    expect(a.incidents).toHaveLength(1);
    expect(a.incidents[0]).toMatchObject({ weapon: { category: 'artillery' }, killed: { best: 2 }, injured: { best: 5 }, location: { name: 'Kherson' } });
  });
});

describe('an army\'s own claim of airstrikes', () => {
  it('is an attack report with the place and toll it gives', () => {
    const a = analyse('army-claims', '2024-06-05');
    expect(a.isAttackReport).toBe(true);
    expect(a.incidents[0]).toMatchObject({ weapon: { category: 'airstrike' }, killed: { best: 35, qualifier: 'at_least' }, location: { country: 'NG' } });
  });
});

describe('a roundup', () => {
  it('gives each attack its own incident with its own place, weapon and toll', () => {
    const a = analyse('iraq-roundup', '2024-06-10');
    const brief = a.incidents.map((i) => [i.location?.name, i.weapon.category, i.killed.best, i.injured.best]);
    expect(brief).toEqual([
      ['Sadr City', 'explosive', 9, 24],
      ['Kirkuk', 'explosive', 2, null],
      ['Tikrit', 'gunfire', 4, null],
      ['Mosul', 'mortar', null, 3],
    ]);
    expect(a.incidents[0].date.value).toBe('2024-06-10');
  });
});

describe('which incident is the news', () => {
  it('an older attack in the opening "two years after" phrase does not displace this week\'s', () => {
    const a = analyse('kabul-market', '2024-06-09');
    expect(a.isAttackReport).toBe(true);
    expect(a.incidents[0]).toMatchObject({ date: { value: '2024-06-09' }, weapon: { category: 'gunfire' }, killed: { best: 4 }, injured: { best: 9 } });
  });
  it('an intercepted missile: the claim and the target airport', () => {
    const [main] = analyse('intercepted-missile', '2024-06-05').incidents;
    expect(main).toMatchObject({ weapon: { category: 'missile' }, injured: { best: 0, status: 'none_reported' }, date: { value: '2024-06-05' } });
    expect(main.perpetrator).toMatchObject({ status: 'claimed' });
    expect(main.perpetrator.name).toMatch(/Houthi/);
  });
});

describe('hard negatives', () => {
  it.each([
    ['football-attack', '2024-03-09'],
    ['heart-attack', '2024-01-10'],
    ['ransomware', '2024-04-01'],
    ['missile-test', '2024-01-17'],
    ['sentencing', '2024-06-20'],
    ['factory-blast', '2023-09-04'],
    ['labour-strike', '2024-01-29'],
    ['weapons-cache', '2023-05-07'],
    ['policy-analysis', '2024-02-01'],
    ['drill', '2024-06-05'],
    ['earthquake', '2024-06-05'],
    ['anniversary', '2024-03-11'],
    ['threat', '2024-06-06'],
    ['film', '2024-06-06'],
    ['obituary', '2024-06-06'],
    ['protest', '2024-06-06'],
    ['politics', '2024-06-09'],
    ['contract', '2024-06-09'],
    ['bomb-threat', '2024-06-09'],
    ['basketball', '2024-06-09'],
    ['foiled-plot', '2024-12-14'],
  ])('%s is not an attack report', (name, published) => {
    const a = analyse(name, published);
    expect(a.isAttackReport).toBe(false);
    expect(a.incidents).toEqual([]);
    expect(a.confidence).toBeLessThan(0.5);
  });
});

describe('two attacks in one sentence', () => {
  const text =
    'Three rockets struck the Kandahar air field on Monday, while two mortar rounds hit a police checkpoint in Lashkar Gah. Nobody was hurt in either attack.';
  const a = analyseArticle({ text, published: '2019-04-15' });

  it('are two incidents with their own weapon, count and place, sharing the sentence date', () => {
    expect(a.incidents).toHaveLength(2);
    const [first, second] = a.incidents;
    expect(first).toMatchObject({ weapon: { category: 'rocket' }, projectiles: { best: 3 }, date: { value: '2019-04-15' } });
    expect(second).toMatchObject({ weapon: { category: 'mortar' }, projectiles: { best: 2 }, date: { value: '2019-04-15' } });
    expect(first.location?.country).toBe('AF');
    expect(second.location?.name).toMatch(/Lashkar Gah/);
  });

  it('"either attack" gives both of them no casualties', () => {
    for (const inc of a.incidents) expect(inc.injured).toMatchObject({ best: 0, status: 'none_reported' });
  });

  it('never share a selector or an id (the store tells saved records apart by them)', () => {
    const [first, second] = a.incidents;
    expect(first.source.selector?.exact).not.toBe(second.source.selector?.exact);
    expect(first.id).not.toBe(second.id);
    expect(second.source.selector?.exact.startsWith('two mortar rounds')).toBe(true);
  });
});
