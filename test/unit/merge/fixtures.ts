/** Records of one rocket attack as three outlets reported it (written for these tests). */
import type { Count, Incident } from '../../../lib/schema';
import { count, makeIncident, makeSource, notMentionedCount } from '../factories';

export function counted(best: number | null, qualifier: Count['qualifier'], extra: Partial<Count> = {}): Count {
  return { best, min: best, max: qualifier === 'exact' ? best : null, qualifier, status: 'reported', ...extra };
}
export const none = (): Count => ({ best: 0, min: 0, max: 0, qualifier: 'exact', status: 'none_reported', raw: 'no casualties' });

export function outletA(over: Partial<Incident> = {}): Incident {
  const source = makeSource({
    url: 'https://a.example.org/news/rockets-erbil',
    title: 'Three rockets hit Erbil base',
    outlet: 'Outlet A',
    selector: { type: 'TextQuoteSelector', exact: 'Three rockets struck a base near Erbil airport late on Monday, causing no casualties.' },
  });
  return makeIncident({ source, sources: [source], projectiles: { ...count(3), raw: 'Three rockets' }, killed: none(), injured: none(), ...over });
}
export function outletB(over: Partial<Incident> = {}): Incident {
  const source = makeSource({
    url: 'https://b.example.net/world/erbil-attack?id=7',
    title: 'Two rockets fell near Erbil airport',
    outlet: 'Outlet B',
    published: '2024-03-12',
    selector: { type: 'TextQuoteSelector', exact: 'Two rockets fell near the airport in Erbil on Monday night, injuring two contractors.' },
  });
  return makeIncident({
    source,
    sources: [source],
    date: { value: '2024-03-11', precision: 'day', basis: 'explicit' },
    projectiles: { ...count(2), raw: 'Two rockets' },
    killed: notMentionedCount(),
    injured: { ...count(2), raw: 'injuring two contractors' },
    evidence: [{ field: 'projectiles', quote: 'Two rockets', start: 0, end: 11 }],
    notes: 'B names the contractors’ employer.',
    ...over,
  });
}
export function outletC(over: Partial<Incident> = {}): Incident {
  const source = makeSource({
    url: 'https://c.example.com/2024/03/12/erbil',
    title: 'Attack on Erbil base',
    outlet: 'Outlet C',
    selector: { type: 'TextQuoteSelector', exact: 'At least four rockets targeted the base, and one person was killed, officials said.' },
  });
  return makeIncident({
    source,
    sources: [source],
    weapon: { category: 'missile', raw: 'missiles' },
    projectiles: { ...counted(4, 'at_least'), raw: 'At least four rockets' },
    killed: { ...count(1), raw: 'one person was killed' },
    injured: notMentionedCount(),
    ...over,
  });
}

/** Freeze deeply, so a test fails if a "pure" function writes into its input. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}
