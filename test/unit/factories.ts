/**
 * Test record factories, shared by every unit test. Build a valid Incident and override what the
 * test is about: `makeIncident({ killed: count(3) })`. Every call gets a fresh id.
 */
import type { Count, Incident, LocationFact, Source } from '../../lib/schema';

let seq = 0;

/** A deterministic, unique uuid-shaped id (tests must not depend on crypto randomness). */
export function nextId(): string {
  seq += 1;
  return `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
}

/** A reported count: count(3), count(5, 'at_least'). */
export function count(best: number, qualifier: Count['qualifier'] = 'exact'): Count {
  return {
    best,
    min: qualifier === 'at_least' || qualifier === 'more_than' ? best : best,
    max: qualifier === 'exact' ? best : null,
    qualifier,
    status: best === 0 ? 'none_reported' : 'reported',
  };
}

export function notMentionedCount(): Count {
  return { best: null, min: null, max: null, qualifier: 'vague', status: 'not_mentioned' };
}

export function makeLocation(overrides: Partial<LocationFact> = {}): LocationFact {
  return {
    name: 'Erbil',
    raw: 'Erbil',
    country: 'IQ',
    admin1: 'Erbil Governorate',
    lat: 36.19,
    lon: 44.01,
    precision: 'town',
    ...overrides,
  };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    url: 'https://news.example.com/world/2024/03/12/rocket-attack-erbil',
    title: 'Rockets hit base near Erbil airport',
    outlet: 'Example News',
    published: '2024-03-12',
    selector: {
      type: 'TextQuoteSelector',
      exact: 'Three rockets struck a base hosting US troops near Erbil airport on Monday night.',
      prefix: '',
      suffix: ' No casualties were reported.',
    },
    ...overrides,
  };
}

/** A complete, valid, detected incident (rocket attack, Erbil, 3 rockets, no casualties). */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  const source = overrides.source ?? makeSource();
  return {
    id: nextId(),
    date: { value: '2024-03-11', precision: 'day', basis: 'relative', raw: 'Monday night' },
    weapon: { category: 'rocket', raw: 'rockets' },
    projectiles: count(3),
    location: makeLocation(),
    killed: count(0),
    injured: count(0),
    target: { type: 'military', text: 'a base hosting US troops' },
    perpetrator: { name: null, status: 'unknown' },
    damage: null,
    evidence: [{ field: 'weapon', quote: 'rockets', start: 6, end: 13 }],
    source,
    status: 'detected',
    sources: [source],
    ...overrides,
  };
}
