/**
 * The messages of the views of a measure over time (the year on the map, the trends) in
 * Swedish, and those of similar municipalities in the panel: apart from the main catalogue (sv.ts) because only those views, loaded when a measure
 * of several years is shown, use them. The reference for series-en.ts.
 */
export const seriesSv = {
  'series.control': 'År på kartan',
  'series.year': 'År',
  'series.previous': 'Föregående år',
  'series.next': 'Nästa år',
  'series.play': 'Spela upp åren',
  'series.pause': 'Pausa',
  'series.showing': 'Kartan visar {name} {year}',
  'series.showingChange': 'Kartan visar förändringen av {name} {from}–{year}, {kind}',
  'series.change': 'Förändring sedan',
  'series.kind.absolute': 'absolut',
  'series.kind.percent': 'i procent',
  'series.kind': 'Förändring som',
  'series.trend': '{name} {from}–{to}: {lines}',
  'series.trendIndex': 'Index, {year} = 100 (kommun, län och riket har olika storlek)',
  'series.sweden': 'Riket',
  'series.latest': '{name}: {value} ({year})',
  'series.setTrend': 'Utveckling {name}',
  'series.firstLast': '{from}: {first} · {to}: {last}',
  'series.tooShort': 'färre än två år',
  'peers.title': 'Kommuner som liknar {name}',
  'peers.intro': 'Närmast i folkmängd och befolkningstäthet (SCB) bland kartans kommuner.',
  'peers.reason.populationAndDensity': 'liknande folkmängd och täthet',
  'peers.reason.population': 'liknande folkmängd',
  'peers.reason.density': 'liknande täthet',
  'peers.reason.nearest': 'närmast i storlek',
  'peers.compare': 'Jämför med liknande kommuner',
  'series.title.change': '{name}, förändring {from}–{year}',
} as const;

export type SeriesMessageKey = keyof typeof seriesSv;
