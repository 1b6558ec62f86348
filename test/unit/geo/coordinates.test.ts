import { describe, expect, it } from 'vitest';
import { LocationFact } from '../../../lib/schema';
import { locationFromCoordinates, missingCoordinatesNotice, parseCoordinates, type CoordinateResult } from '../../../lib/geo/coordinates';

function ok(text: string): { lat: number; lon: number; precision: string } {
  const r = parseCoordinates(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return { lat: r.lat, lon: r.lon, precision: r.precision };
}
function reason(text: string): string {
  const r: CoordinateResult = parseCoordinates(text);
  if (r.ok) throw new Error(`${text} was accepted as ${r.lat}, ${r.lon}`);
  return r.reason;
}

describe('parseCoordinates: the forms readers paste', () => {
  it.each([
    ['33.31, 44.36', 33.31, 44.36],
    ['33.31 44.36', 33.31, 44.36],
    ['33.31,44.36', 33.31, 44.36],
    ['33.31°N 44.36°E', 33.31, 44.36],
    ['33.31° N, 44.36° E', 33.31, 44.36],
    ['N 33.31 E 44.36', 33.31, 44.36],
    ['N33.31 E44.36', 33.31, 44.36],
    ['33°18′36″N 44°21′36″E', 33.31, 44.36],
    ["33° 18' 36\" N, 44° 21' 36\" E", 33.31, 44.36],
    ["33°18'36''N 44°21'36''E", 33.31, 44.36],
    ['33°18.6′N 44°21.6′E', 33.31, 44.36],
    ['lat: 33.31, lng: 44.36', 33.31, 44.36],
    ['(33.31, 44.36)', 33.31, 44.36],
    ['  33.31\t44.36\n', 33.31, 44.36],
  ])('%s', (text, lat, lon) => {
    expect(ok(text)).toMatchObject({ lat, lon });
  });

  it('reads signs and the southern and western hemispheres', () => {
    expect(ok('-33.92, 18.42')).toMatchObject({ lat: -33.92, lon: 18.42 });
    expect(ok('−34.6, −58.38')).toMatchObject({ lat: -34.6, lon: -58.38 }); // U+2212 minus
    expect(ok('33.92S 18.42E')).toMatchObject({ lat: -33.92, lon: 18.42 });
    expect(ok('40.7 N 74.0 W')).toMatchObject({ lat: 40.7, lon: -74 });
    expect(ok('+40.7, -74.0')).toMatchObject({ lat: 40.7, lon: -74 });
  });

  it('takes the letters over the order ("44.36E 33.31N", "lng first")', () => {
    expect(ok('44.36E 33.31N')).toMatchObject({ lat: 33.31, lon: 44.36 });
    expect(ok('lon 44.36 lat 33.31')).toMatchObject({ lat: 33.31, lon: 44.36 });
  });

  it('reads decimal commas only where the text allows one reading', () => {
    expect(ok('33,31; 44,36')).toMatchObject({ lat: 33.31, lon: 44.36 });
    expect(ok('33,31 44,36')).toMatchObject({ lat: 33.31, lon: 44.36 });
    expect(ok('33,31, 44,36')).toMatchObject({ lat: 33.31, lon: 44.36 });
    // "33,44" can only be a pair (one number is not a position); "33.5,44.5" has dot decimals.
    expect(ok('33,44')).toMatchObject({ lat: 33, lon: 44 });
    expect(ok('33.5,44.5')).toMatchObject({ lat: 33.5, lon: 44.5 });
    expect(reason('33,31,44,36')).toMatch(/ambiguous/);
    expect(reason('33,5,44')).toMatch(/ambiguous|more here/);
  });

  it('says what the digits can tell apart', () => {
    expect(ok('33.3125, 44.3612').precision).toBe('site');
    expect(ok('33.31, 44.36').precision).toBe('town');
    expect(ok('33.3, 44.4').precision).toBe('district');
    expect(ok('33, 44').precision).toBe('province');
    expect(ok('33°18′36″N 44°21′36″E').precision).toBe('site');
    expect(ok('33°18′N 44°21′E').precision).toBe('town');
    // The coarser of the two numbers decides.
    expect(ok('33.3125, 44').precision).toBe('province');
  });
});

describe('parseCoordinates: refusals, each with a reason', () => {
  it('refuses out-of-range values and says which', () => {
    expect(reason('95, 44')).toMatch(/95 is not a latitude/);
    expect(reason('-90.5, 10')).toMatch(/not a latitude/);
    expect(reason('33, 181')).toMatch(/181 is not a longitude/);
    // A swapped pair is pointed out.
    expect(reason('120.5, 30.2')).toMatch(/longitude first/);
    expect(ok('90, 180')).toMatchObject({ lat: 90, lon: 180 });
    expect(reason('33°60′N 44°E')).toMatch(/not a minute/);
    expect(reason('33°10′75″N 44°E')).toMatch(/not a second/);
  });

  it('refuses contradictions and incomplete or extra input', () => {
    expect(reason('33.31N 44.36N')).toMatch(/Both numbers are latitudes/);
    expect(reason('44E 33W')).toMatch(/Both numbers are longitudes/);
    expect(reason('-33.9 S, 18.4 E')).toMatch(/contradictory/);
    expect(reason('33.31')).toMatch(/both a latitude and a longitude/);
    expect(reason('33.31, 44.36, 12')).toMatch(/more here/);
    expect(reason('')).toMatch(/Type a latitude/);
    expect(reason('Baghdad')).toMatch(/“Baghdad” is not part of a coordinate/);
    expect(reason('33.31.5 44')).toMatch(/not a number/);
    expect(reason('33.5°18′ 44°')).toMatch(/decimals and minutes/);
    expect(reason('33.31 – 44.36')).toMatch(/“–”/);
    expect(reason('33.31,, 44.36')).toMatch(/Two separators/);
    expect(reason('<img src=x onerror=alert(1)>')).toMatch(/not part of a coordinate/);
  });

  it('stays linear on long and hostile input', () => {
    expect(reason('1'.repeat(10_000))).toMatch(/too long/);
    expect(reason('1,'.repeat(50))).toMatch(/./);
    const hostile = ['1.'.repeat(55), '°'.repeat(100), "1°1'".repeat(25), 'N '.repeat(55), '9'.repeat(119)];
    const t0 = performance.now();
    for (let k = 0; k < 200; k++) for (const h of hostile) parseCoordinates(h);
    expect(performance.now() - t0).toBeLessThan(500);
    // A megabyte is refused before it is looked at.
    const t1 = performance.now();
    expect(parseCoordinates('3'.repeat(1_000_000)).ok).toBe(false);
    expect(performance.now() - t1).toBeLessThan(50);
  });
});

describe('locationFromCoordinates', () => {
  it('makes a valid LocationFact with the precision of the digits', () => {
    const loc = locationFromCoordinates('  Al-Hamdaniya checkpoint ', 36.2712, 43.3745, { country: 'iq' });
    expect(LocationFact.parse(loc)).toEqual(loc);
    expect(loc).toMatchObject({ name: 'Al-Hamdaniya checkpoint', raw: 'Al-Hamdaniya checkpoint', country: 'IQ', lat: 36.2712, lon: 43.3745, precision: 'site' });
    expect(locationFromCoordinates('x', 33.31, 44.36).precision).toBe('town');
    expect(locationFromCoordinates('x', 33.3, 44).precision).toBe('province');
    expect(locationFromCoordinates('x', 33.3, 44.1, { precision: 'district', admin1: 'Baghdad' })).toMatchObject({ precision: 'district', admin1: 'Baghdad' });
  });
  it('keeps a parsed pair\'s precision and drops a malformed country code', () => {
    const r = parseCoordinates('33°18′N 44°21′E');
    if (!r.ok) throw new Error(r.reason);
    const loc = locationFromCoordinates('Somewhere', r.lat, r.lon, { precision: r.precision, country: 'Iraq' });
    expect(loc.country).toBeNull();
    expect(loc.precision).toBe('town');
    expect(LocationFact.safeParse(loc).success).toBe(true);
  });
  it('throws on a point off the globe', () => {
    expect(() => locationFromCoordinates('x', 91, 0)).toThrow(RangeError);
    expect(() => locationFromCoordinates('x', 0, Number.NaN)).toThrow(RangeError);
  });
});

describe('missingCoordinatesNotice', () => {
  it('says so for a place without coordinates, and nothing for one with them', () => {
    const bare: LocationFact = { name: 'Tal Shaeer', raw: 'Tal Shaeer', country: 'SY', lat: null, lon: null, precision: 'unknown' };
    expect(missingCoordinatesNotice(bare)).toMatch(/“Tal Shaeer” has no coordinates/);
    expect(missingCoordinatesNotice(null)).toMatch(/No place/);
    expect(missingCoordinatesNotice({ ...bare, lat: 36.1, lon: 38.2 })).toBeNull();
  });
});
