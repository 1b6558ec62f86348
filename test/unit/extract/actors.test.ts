import { describe, expect, it } from 'vitest';
import { findDamage, findPerpetrators, findTargets } from '../../../lib/extract/actors';

const perps = (t: string) => findPerpetrators(t).map((p) => [p.name, p.status]);

describe('findPerpetrators', () => {
  it('reads claims', () => {
    expect(perps('The Islamic State group claimed responsibility for the blast.')).toEqual([['Islamic State group', 'claimed']]);
    expect(perps('Al-Shabaab, the Somali militant group, said it carried out the assault.')).toEqual([['Al-Shabaab', 'claimed']]);
  });
  it('does not read a denial of any claim as a claim', () => {
    expect(perps('No group has claimed responsibility so far.')).toEqual([]);
  });
  it('reads accusations', () => {
    expect(perps('Officials blamed the attack on Boko Haram.')).toEqual([['Boko Haram', 'accused']]);
    expect(perps('Kyiv accused Russian forces of shelling the hospital.')).toEqual([['Russian forces', 'accused']]);
  });
  it('reads suspicion', () => {
    expect(perps('Police said suspected Taliban fighters ambushed the patrol.')).toEqual([['Taliban fighters', 'suspected']]);
  });
  it('reads a state from the adjective on its weapon', () => {
    expect(perps('An Israeli air strike hit the building.')).toEqual([['Israel', 'unknown']]);
  });
  it('names states consistently', () => {
    expect(perps('The camp was attacked by Washington, officials said.')[0][0]).toBe('United States');
  });
});

describe('findTargets', () => {
  it('reads the target phrase and its type', () => {
    const [t] = findTargets('Mortars were fired at a military base housing foreign troops.');
    expect(t).toMatchObject({ text: 'a military base housing foreign troops', type: 'military base' });
    expect(findTargets('The bomb went off near the central market.')[0]).toMatchObject({ type: 'civilian' });
  });
});

describe('findDamage', () => {
  it('reads damage clauses and ignores "no damage"', () => {
    expect(findDamage('Two trucks were destroyed, officials said.').map((d) => d.text)).toEqual(['Two trucks were destroyed']);
    expect(findDamage('The blast caused no significant damage.')).toEqual([]);
  });
});

describe('findDamage, fire', () => {
  it('reads things set on fire', () => {
    expect(findDamage('Rockets hit the depot, setting three fuel trucks on fire.').map((d) => d.text)).toEqual(['setting three fuel trucks on fire']);
  });
});
