import { buildPathsFromEnv, regionFromEnv, type RegionConfig } from './config.ts';
import { loadSource } from './fetch-source.ts';
import { MUNICIPALITY_STATISTICS } from './sources.ts';
import { parseMunicipalityStatistics } from './statistics.ts';

export interface RegisterEntry {
  name: string;
  countyCode: string;
  focus: boolean;
}

export function isFocusCounty(region: RegionConfig, countyCode: string): boolean {
  return region.focusCounties === 'all' || region.focusCounties.includes(countyCode);
}

/** Every Swedish municipality code with its name, county and whether it is in the focus region. */
export async function loadMunicipalityRegister(
  region: RegionConfig = regionFromEnv(),
): Promise<Map<string, RegisterEntry>> {
  const paths = buildPathsFromEnv();
  const bytes = await loadSource(MUNICIPALITY_STATISTICS, paths);
  const statistics = parseMunicipalityStatistics(
    bytes.toString('utf8'),
    MUNICIPALITY_STATISTICS.file,
  );
  const register = new Map<string, RegisterEntry>();
  for (const row of statistics.values()) {
    const countyCode = row.code.slice(0, 2);
    register.set(row.code, {
      name: row.name,
      countyCode,
      focus: isFocusCounty(region, countyCode),
    });
  }
  return register;
}
