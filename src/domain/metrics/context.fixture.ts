import type { Municipality } from '../municipality';
import type { MetricContext } from './registry';

/** A focus municipality with a population and a land area of 50 km². */
export const municipality = (
  code: string,
  countyCode: string,
  population: number,
): Municipality => ({
  id: Number(code),
  code,
  name: code,
  countyCode,
  countyName: countyCode,
  focus: true,
  population,
  areaTotalKm2: 100,
  areaLandKm2: 50,
  labelLon: 0,
  labelLat: 0,
  neighbours: [],
});

/**
 * Test fixture: four municipalities of the two counties with their 2016 populations, project
 * counts, the report's arrivals per county and one imported metric.
 */
export const ctx: MetricContext = {
  municipalities: [
    municipality('2480', '24', 122892),
    municipality('2403', '24', 2454),
    municipality('2580', '25', 76770),
    municipality('2506', '25', 2876),
  ],
  projectCounts: new Map([
    ['2480', 4],
    ['2580', 5],
  ]),
  counties: [
    { code: '24', name: 'Västerbottens län', population: 265881 },
    { code: '25', name: 'Norrbottens län', population: 250570 },
  ],
  arrivals: {
    definition: { sv: 'x', en: 'x' },
    citedSource: 'Migrationsverket',
    counties: [
      {
        countyCode: '25',
        county: { sv: 'N', en: 'N' },
        persons: 1124,
        year: 2016,
        source: { document: 'report-2017', page: 6 },
      },
      {
        countyCode: '24',
        county: { sv: 'V', en: 'V' },
        persons: 1068,
        year: 2016,
        source: { document: 'report-2017', page: 6 },
      },
    ],
  } as unknown as MetricContext['arrivals'],
  imported: [
    {
      id: 'import:mottagna',
      name: 'Mottagna',
      unit: 'personer',
      year: '2016',
      source: 'Migrationsverket',
      values: { '2480': 300 },
    },
  ],
};
