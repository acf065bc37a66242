/**
 * The messages of the meeting pack (the fact sheets of several municipalities printed in one go,
 * view=sheets) and of the places that open it, in Swedish: apart from the main catalogue (sv.ts)
 * because only those views, loaded on first use, read them. The reference for pack-en.ts.
 */
export const packSv = {
  'pack.documentTitle': 'Mötespaket – Integrationskartan',
  'pack.kicker': 'Mötespaket · Integrationskartan',
  'pack.title': 'Kommunblad',
  'pack.of.all': 'Alla {count} kommuner som rapporten omfattar',
  'pack.of.county': '{county}s län: {count} kommuner',
  'pack.of.county.one': '{county}s län: {count} kommun',
  'pack.of.codes': '{count} utvalda kommuner',
  'pack.of.codes.one': '{count} utvald kommun',
  'pack.printed': 'Utskrivet {date}',
  'pack.includes':
    'Varje kommun har sitt kommunblad, på högst två A4-sidor och med början på en ny sida: nyckeltal med källa och placering, en karta över kommunen och grannarna, kommunens projekt och idéer från grannarna.',
  'pack.sources': 'Källor',
  'pack.sourcesMissing': 'Källförteckningen kunde inte läsas in.',
  'pack.contents': 'Innehåll',
  'pack.contentsNote': 'Kommunerna i den ordning de kommer i paketet.',
  'pack.print': 'Skriv ut mötespaket',
  'pack.printNow': 'Skriv ut',
  'pack.back': 'Tillbaka',
  'pack.hint':
    'Paketet är gjort för A4 stående: försättsblad, innehållsförteckning och ett kommunblad per kommun.',
  'pack.ignored': 'Koder i länken som inte är kommuner i rapporten hoppades över: {codes}.',
  'pack.ignoredMore': '{codes} och {count} till',
  'pack.entry.title': 'Mötespaket',
  'pack.entry.intro':
    'Kommunbladen för flera kommuner utskrivna i ett svep, med försättsblad och innehållsförteckning.',
  'pack.entry.choose': 'Vilka kommuner',
  'pack.entry.all': 'Alla kommuner ({count})',
  'pack.entry.county': '{county}s län ({count})',
  'pack.entry.compare': 'Jämförelsen ({count})',
  'pack.entry.printCompare': 'Skriv ut mötespaket för jämförelsen',
} as const;

export type PackMessageKey = keyof typeof packSv;
