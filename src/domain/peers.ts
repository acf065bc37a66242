import { MAX_COMPARE } from './compare';
import { compareSwedish } from './intl';
import { densityPerKm2, type Municipality } from './municipality';

/**
 * Municipalities like a given one by size rather than by border: the nearest by population and
 * by density, each on a log scale (Arjeplog's 2 800 and Sorsele's 2 500 are as alike as Umeå's
 * 123 000 and 110 000), each scaled by its spread among the candidates so that neither outweighs
 * the other. Only SCB's figures that every built municipality has are used (population
 * 2016-12-31, land area 2015-01-01); nothing is estimated.
 */

type Sized = Pick<Municipality, 'code' | 'name' | 'population' | 'areaLandKm2'>;

/** Why a municipality is a peer: alike in both, in one only, or merely the nearest left. */
export type PeerReason = 'populationAndDensity' | 'population' | 'density' | 'nearest';

export interface Peer {
  code: string;
  reason: PeerReason;
  /** The peer's population and density as a multiple of the base's (1.1 is 10 % more). */
  populationRatio: number;
  densityRatio: number;
  /** The distance on the scaled log axes (0 for a twin); peers come nearest first. */
  distance: number;
}

/**
 * How close on one scaled axis counts as alike: half a standard deviation of the logarithm among
 * the candidates (among the 29, a factor of about 1.7 in population and 2.0 in density).
 */
export const ALIKE = 0.5;

/** How many peers are proposed by default: with the base, a comparison of five columns. */
export const DEFAULT_PEERS = 4;

function spread(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  // One candidate, or all alike: no spread to scale by, so distances stay in log units.
  return Math.sqrt(variance) || 1;
}

/**
 * The `count` municipalities most like `base` by population and density, among `candidates`
 * (the base and any without inhabitants or land left out), nearest first, ties by name.
 */
export function similarMunicipalities(
  base: Sized,
  candidates: readonly Sized[],
  count = DEFAULT_PEERS,
): Peer[] {
  const logs = (m: Sized) => {
    const density = densityPerKm2(m);
    return m.population > 0 && density !== null && density > 0
      ? { population: Math.log(m.population), density: Math.log(density) }
      : null;
  };
  const at = logs(base);
  if (at === null) return [];
  const pool = candidates
    .filter((m) => m.code !== base.code)
    .map((m) => ({ m, logs: logs(m) }))
    .filter((c): c is { m: Sized; logs: NonNullable<typeof at> } => c.logs !== null);
  const all = [at, ...pool.map((c) => c.logs)];
  const scale = {
    population: spread(all.map((l) => l.population)),
    density: spread(all.map((l) => l.density)),
  };
  return pool
    .map(({ m, logs: l }): Peer & { name: string } => {
      const dp = (l.population - at.population) / scale.population;
      const dd = (l.density - at.density) / scale.density;
      const alikeP = Math.abs(dp) <= ALIKE;
      const alikeD = Math.abs(dd) <= ALIKE;
      return {
        code: m.code,
        name: m.name,
        reason:
          alikeP && alikeD
            ? 'populationAndDensity'
            : alikeP
              ? 'population'
              : alikeD
                ? 'density'
                : 'nearest',
        populationRatio: Math.exp(l.population - at.population),
        densityRatio: Math.exp(l.density - at.density),
        distance: Math.hypot(dp, dd),
      };
    })
    .sort((a, b) => a.distance - b.distance || compareSwedish(a.name, b.name))
    .slice(0, Math.max(0, count))
    .map(({ name: _name, ...peer }) => peer);
}

/**
 * A comparison set of the base and its peers, in the form of the neighbours' (the base first):
 * usable as `cmp=` in the address. At most {@link MAX_COMPARE} in all.
 */
export function peerSet(
  base: Sized,
  candidates: readonly Sized[],
  count = DEFAULT_PEERS,
): string[] {
  const peers = similarMunicipalities(base, candidates, Math.min(count, MAX_COMPARE - 1));
  return [base.code, ...peers.map((p) => p.code)];
}
