import { describe, expect, it } from 'vitest';
import { MAP_TITLE_MAX, mapTitle } from './map-title';

const sv = (query: string) => `sökning ”${query}”`;
const en = (query: string) => `search “${query}”`;

describe('mapTitle', () => {
  it('names the measure alone when nothing narrows it', () => {
    expect(mapTitle({ measure: 'Projekt per 10 000 invånare', filters: [] }, sv)).toBe(
      'Projekt per 10 000 invånare',
    );
  });

  it('adds the active filters after a middle dot, in both languages', () => {
    expect(
      mapTitle({ measure: 'Projekt per 10 000 invånare', filters: ['Transport', 'Idrott'] }, sv),
    ).toBe('Projekt per 10 000 invånare · Transport, Idrott');
    expect(
      mapTitle({ measure: 'Projects per 10,000 inhabitants', filters: ['Transport', 'Sport'] }, en),
    ).toBe('Projects per 10,000 inhabitants · Transport, Sport');
  });

  it('names the year of a measure over time, then filters and search', () => {
    expect(
      mapTitle(
        { measure: 'Folkmängd', year: '2019', filters: ['Norrbotten'], query: ' språk ' },
        sv,
      ),
    ).toBe('Folkmängd 2019 · Norrbotten · sökning ”språk”');
    expect(
      mapTitle({ measure: 'Population', year: '2019', filters: [], query: 'language' }, en),
    ).toBe('Population 2019 · search “language”');
  });

  it('leaves blank parts out and collapses white space, so a label cannot break the line', () => {
    expect(
      mapTitle(
        { measure: ' Antal\n projekt ', year: null, filters: ['', 'A\tB'], query: '   ' },
        sv,
      ),
    ).toBe('Antal projekt · A B');
  });

  it('keeps quotes and markup as text, and cuts a very long search', () => {
    const title = mapTitle({ measure: 'Mått "x" <b>', filters: [], query: 'q'.repeat(500) }, sv);
    expect(title.startsWith('Mått "x" <b> · sökning ”qqq')).toBe(true);
    expect(title).toHaveLength(MAP_TITLE_MAX);
    expect(title.endsWith('…')).toBe(true);
  });
});
