import type { SeriesMessageKey } from './series-sv';

/** The messages of the views of a measure over time in English (series-sv.ts is the reference). */
export const seriesEn: Record<SeriesMessageKey, string> = {
  'series.control': 'Year on the map',
  'series.year': 'Year',
  'series.previous': 'Previous year',
  'series.next': 'Next year',
  'series.play': 'Play the years',
  'series.pause': 'Pause',
  'series.showing': 'The map shows {name} {year}',
  'series.showingChange': 'The map shows the change of {name} {from}–{year}, {kind}',
  'series.change': 'Change since',
  'series.kind.absolute': 'absolute',
  'series.kind.percent': 'in per cent',
  'series.kind': 'Change as',
  'series.trend': '{name} {from}–{to}: {lines}',
  'series.trendIndex': 'Index, {year} = 100 (municipality, county and Sweden differ in size)',
  'series.sweden': 'Sweden',
  'series.latest': '{name}: {value} ({year})',
  'peers.title': 'Municipalities similar to {name}',
  'peers.intro': 'Nearest in population and density (SCB) among the municipalities of the map.',
  'peers.reason.populationAndDensity': 'similar population and density',
  'peers.reason.population': 'similar population',
  'peers.reason.density': 'similar density',
  'peers.reason.nearest': 'nearest in size',
  'peers.compare': 'Compare with similar municipalities',
  'series.title.change': '{name}, change {from}–{year}',
};
