/**
 * Test fixture: the 29 municipalities of Norrbotten (25) and Västerbotten (24) by kommunkod, as a
 * reference independent of the data build (the build itself is tested against the raw sources).
 */
export const FOCUS_MUNICIPALITY_NAMES: Readonly<Record<string, string>> = {
  '2506': 'Arjeplog',
  '2505': 'Arvidsjaur',
  '2582': 'Boden',
  '2523': 'Gällivare',
  '2583': 'Haparanda',
  '2510': 'Jokkmokk',
  '2514': 'Kalix',
  '2584': 'Kiruna',
  '2580': 'Luleå',
  '2521': 'Pajala',
  '2581': 'Piteå',
  '2560': 'Älvsbyn',
  '2513': 'Överkalix',
  '2518': 'Övertorneå',
  '2403': 'Bjurholm',
  '2425': 'Dorotea',
  '2481': 'Lycksele',
  '2418': 'Malå',
  '2401': 'Nordmaling',
  '2417': 'Norsjö',
  '2409': 'Robertsfors',
  '2482': 'Skellefteå',
  '2422': 'Sorsele',
  '2421': 'Storuman',
  '2480': 'Umeå',
  '2462': 'Vilhelmina',
  '2404': 'Vindeln',
  '2460': 'Vännäs',
  '2463': 'Åsele',
};

/** Boden and its six neighbours as the comparison lists them: the base, then by name. */
export const BODEN_AND_NEIGHBOURS = [
  'Boden',
  'Gällivare',
  'Jokkmokk',
  'Luleå',
  'Piteå',
  'Älvsbyn',
  'Överkalix',
] as const;
