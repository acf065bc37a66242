import path from 'node:path';
import { FOCUS_COUNTY_CODES } from '../../src/data/schemas.ts';

/**
 * What the data build makes: which counties are the focus, and where files go. The same build
 * makes all of Sweden with FOCUS_COUNTIES=all (used by the scale benchmark).
 */
export interface RegionConfig {
  /** County codes (län) whose municipalities are the focus, or 'all' for every county. */
  focusCounties: readonly string[] | 'all';
  /** Municipalities outside the focus that border it are emitted as context. */
  includeBorderingContext: boolean;
  /**
   * Border tolerance for neighbours, in km. In the 1:1 million layer Piteå and Boden, neighbours in
   * SCB's boundary data, lie 1.76 km apart (measured); 2 km adds that pair and no other (checked
   * up to 3 km).
   */
  neighbourToleranceKm: number;
  /** Bounding box [west, south, east, north] for the basemap clip. */
  basemapBounds: [number, number, number, number];
  /** Decimal places kept in focus geometry (4 ≈ 11 m north–south, 5 m east–west up here). */
  focusPrecision: number;
  basemapPrecision: number;
}

export const NORTH_SWEDEN: RegionConfig = {
  focusCounties: FOCUS_COUNTY_CODES,
  includeBorderingContext: true,
  neighbourToleranceKm: 2,
  basemapBounds: [-2, 57, 40, 73.5],
  focusPrecision: 4,
  basemapPrecision: 3,
};

export const ALL_SWEDEN: RegionConfig = {
  ...NORTH_SWEDEN,
  focusCounties: 'all',
  includeBorderingContext: false,
  basemapBounds: [2, 53, 36, 72],
};

export interface BuildPaths {
  mirror: string;
  cache: string;
  catalogueDir: string;
  outDir: string;
}

export function buildPathsFromEnv(env: NodeJS.ProcessEnv = process.env): BuildPaths {
  const root = process.cwd();
  return {
    mirror: path.resolve(root, env.DATA_MIRROR ?? '../shared/data'),
    cache: path.resolve(root, env.DATA_CACHE ?? '.cache/sources'),
    catalogueDir: path.resolve(root, env.CATALOGUE_DIR ?? 'data'),
    outDir: path.resolve(root, env.DATA_OUT ?? 'public/data'),
  };
}

export function regionFromEnv(env: NodeJS.ProcessEnv = process.env): RegionConfig {
  return env.FOCUS_COUNTIES === 'all' ? ALL_SWEDEN : NORTH_SWEDEN;
}
