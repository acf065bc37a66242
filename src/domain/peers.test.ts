import { describe, expect, it } from 'vitest';
import { MAX_COMPARE } from './compare';
import { MUNICIPALITIES } from './municipalities.fixture';
import { ALIKE, peerSet, similarMunicipalities } from './peers';

const FOCUS = MUNICIPALITIES.filter((m) => m.focus);
const named = (name: string) => FOCUS.find((m) => m.name === name)!;
const names = (codes: readonly string[]) =>
  codes.map((code) => MUNICIPALITIES.find((m) => m.code === code)!.name);

describe('similarMunicipalities on SCB 2016', () => {
  it('finds the nearest by population and density, nearest first', () => {
    expect(names(similarMunicipalities(named('Kiruna'), FOCUS).map((p) => p.code))).toEqual([
      'Gällivare',
      'Lycksele',
      'Vilhelmina',
      'Arvidsjaur',
    ]);
    expect(similarMunicipalities(named('Luleå'), FOCUS)[0]!.code).toBe(named('Umeå').code);
    expect(similarMunicipalities(named('Arjeplog'), FOCUS)[0]!.code).toBe(named('Sorsele').code);
  });

  it('says why: alike in both, in one, or only the nearest left', () => {
    const peers = similarMunicipalities(named('Arjeplog'), FOCUS, 5);
    expect(peers.map((p) => [names([p.code])[0], p.reason])).toEqual([
      ['Sorsele', 'populationAndDensity'],
      ['Jokkmokk', 'density'],
      ['Åsele', 'population'],
      ['Dorotea', 'population'],
      ['Storuman', 'nearest'],
    ]);
    const sorsele = peers[0]!;
    expect(sorsele.populationRatio).toBeCloseTo(
      named('Sorsele').population / named('Arjeplog').population,
      10,
    );
    expect(sorsele.distance).toBeLessThan(peers[1]!.distance);
  });

  it('never proposes the municipality itself, and proposes as many as asked', () => {
    const base = named('Umeå');
    expect(similarMunicipalities(base, FOCUS, 28).map((p) => p.code)).not.toContain(base.code);
    expect(similarMunicipalities(base, FOCUS, 28)).toHaveLength(28);
    expect(similarMunicipalities(base, FOCUS, 0)).toEqual([]);
  });
});

describe('similarMunicipalities on made-up places', () => {
  const place = (code: string, population: number, areaLandKm2: number) => ({
    code,
    name: `Ort ${code}`,
    population,
    areaLandKm2,
  });
  const base = place('0001', 10_000, 1_000);

  it('treats a factor as a factor: twice as many is as near as half as many', () => {
    const [a, b] = similarMunicipalities(base, [
      place('0002', 20_000, 2_000),
      place('0003', 5_000, 500),
    ]);
    expect(a!.distance).toBeCloseTo(b!.distance, 10);
    // Ties go by name.
    expect([a!.code, b!.code]).toEqual(['0002', '0003']);
  });

  it('weighs population and density alike, by their spread among the candidates', () => {
    const candidates = [
      place('0002', 10_000, 100), // same population, 10 times the density
      place('0003', 100_000, 10_000), // same density, 10 times the population
      place('0004', 1_000, 1_000),
      place('0005', 10_000, 10_000),
    ];
    const peers = similarMunicipalities(base, candidates, 4);
    const byCode = new Map(peers.map((p) => [p.code, p]));
    expect(byCode.get('0002')!.reason).toBe('population');
    expect(byCode.get('0003')!.reason).toBe('density');
    expect(byCode.get('0002')!.densityRatio).toBeCloseTo(10, 10);
    expect(ALIKE).toBe(0.5);
  });

  it('leaves out places without inhabitants or land, and has no peers for such a base', () => {
    const peers = similarMunicipalities(base, [
      place('0002', 0, 100),
      place('0003', 100, 0),
      place('0004', 9_000, 900),
    ]);
    expect(peers.map((p) => p.code)).toEqual(['0004']);
    expect(similarMunicipalities(place('0009', 0, 10), [base])).toEqual([]);
  });
});

describe('peerSet', () => {
  it('is a comparison set: the base first, then its peers, at most the table holds', () => {
    const base = named('Kiruna');
    const set = peerSet(base, FOCUS);
    expect(set[0]).toBe(base.code);
    expect(names(set.slice(1))).toEqual(['Gällivare', 'Lycksele', 'Vilhelmina', 'Arvidsjaur']);
    expect(peerSet(base, FOCUS, 50)).toHaveLength(MAX_COMPARE);
  });
});
