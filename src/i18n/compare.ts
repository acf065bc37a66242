import { useViewStore } from '../state/store';
import { formatNumber, type Language } from './index';

/**
 * The texts of the neighbour comparison, kept apart from the main catalogues while the view is
 * young (they may be merged into sv.ts / en.ts later). Swedish is the reference.
 */
const sv = {
  'compare.button': 'Jämför med grannar',
  'compare.title': 'Jämför {name} med grannar',
  'compare.label': 'Jämförelse med grannar',
  'compare.intro':
    '{name} bredvid sina grannkommuner: nyckeltal, teman och vad grannarna gör som {name} inte gör.',
  'compare.close': 'Stäng jämförelsen',
  'compare.loading': 'Jämförelsen laddas …',
  'compare.empty': 'Ingen av kommunerna i jämförelsen finns i kartan.',
  'compare.base': 'utgångspunkt',
  'compare.neighbour': 'granne',
  'compare.added': 'tillagd',
  'compare.outside': 'utanför länen',
  'compare.remove': 'Ta bort',
  'compare.removed': '{name} togs bort från jämförelsen.',
  'compare.addLabel': 'Lägg till kommun',
  'compare.addPlaceholder': 'Välj kommun …',
  'compare.addNeighbours': 'Fler grannar till {name}',
  'compare.addOutside': 'Utanför länen',
  'compare.added.announce': '{name} lades till i jämförelsen.',
  'compare.full': 'Högst {max} kommuner. Ta bort en för att lägga till en annan.',
  'compare.figures': 'Nyckeltal',
  'compare.figuresCaption': 'Nyckeltal för {names}',
  'compare.figure': 'Uppgift',
  'compare.row.county': 'Län',
  'compare.row.population': 'Folkmängd',
  'compare.row.areaLand': 'Landareal',
  'compare.row.density': 'Befolkningstäthet',
  'compare.row.projects': 'Antal projekt',
  'compare.row.projectsMatching': 'Projekt som matchar filtren',
  'compare.row.projectsPer10k': 'Projekt per 10 000 invånare',
  'compare.unit.population': 'invånare',
  'compare.unit.areaLand': 'km²',
  'compare.unit.density': 'inv./km²',
  'compare.highest': 'högst',
  'compare.lowest': 'lägst',
  'compare.noData': 'uppgift saknas',
  'compare.notCovered': 'rapporten omfattar bara Norrbotten och Västerbotten',
  'compare.source.report': 'Källa: rapport (North Sweden European Office, 2017)',
  'compare.themes': 'Teman',
  'compare.themesCaption': 'Projekt per tema och kommun',
  'compare.themesNote':
    '● kommunen leder projektet, ○ kommunen deltar. Välj en markering för att läsa om projektet.',
  'compare.theme': 'Tema',
  'compare.role.lead': 'leder',
  'compare.role.participant': 'deltar',
  'compare.noProjects': 'inga projekt',
  'compare.ideas': 'Idéer från grannarna',
  'compare.ideasIntro':
    'Teman som grannarna arbetar med men som {name} inte har något projekt om i rapporten, med vem man kan ringa.',
  'compare.ideasNone': 'Grannarna har inga teman som {name} saknar i rapporten.',
  'compare.ideasOutside':
    '{name} ligger utanför Norrbotten och Västerbotten och finns inte med i rapporten, så listan visar allt grannarna gör.',
  'compare.ideaWho': 'Arbetar med det: {names}',
  'compare.in': 'i {names}',
  'compare.contact': 'Kontakt',
  'compare.noContact': 'Rapporten anger ingen kontaktperson.',
  'compare.fallbackContact': 'Ingen kontakt för projektet; {name} anger i andra projekt:',
  'compare.shared': 'Gemensamma projekt',
  'compare.sharedIntro': 'Projekt som redan förenar två eller fler av kommunerna.',
  'compare.sharedNone': 'Inga projekt i rapporten förenar två av kommunerna.',
  'compare.sharedWho': 'Förenar {names}',
} as const;

export type CompareKey = keyof typeof sv;

const en = {
  'compare.button': 'Compare with neighbours',
  'compare.title': 'Compare {name} with neighbours',
  'compare.label': 'Comparison with neighbours',
  'compare.intro':
    '{name} beside its neighbouring municipalities: figures, themes, and what the neighbours do that {name} does not.',
  'compare.close': 'Close the comparison',
  'compare.loading': 'Loading the comparison …',
  'compare.empty': 'None of the municipalities in the comparison is on the map.',
  'compare.base': 'starting point',
  'compare.neighbour': 'neighbour',
  'compare.added': 'added',
  'compare.outside': 'outside the counties',
  'compare.remove': 'Remove',
  'compare.removed': '{name} was removed from the comparison.',
  'compare.addLabel': 'Add municipality',
  'compare.addPlaceholder': 'Choose a municipality …',
  'compare.addNeighbours': 'More neighbours of {name}',
  'compare.addOutside': 'Outside the counties',
  'compare.added.announce': '{name} was added to the comparison.',
  'compare.full': 'At most {max} municipalities. Remove one to add another.',
  'compare.figures': 'Figures',
  'compare.figuresCaption': 'Figures for {names}',
  'compare.figure': 'Figure',
  'compare.row.county': 'County',
  'compare.row.population': 'Population',
  'compare.row.areaLand': 'Land area',
  'compare.row.density': 'Population density',
  'compare.row.projects': 'Number of projects',
  'compare.row.projectsMatching': 'Projects matching the filters',
  'compare.row.projectsPer10k': 'Projects per 10,000 inhabitants',
  'compare.unit.population': 'inhabitants',
  'compare.unit.areaLand': 'km²',
  'compare.unit.density': 'per km²',
  'compare.highest': 'highest',
  'compare.lowest': 'lowest',
  'compare.noData': 'no data',
  'compare.notCovered': 'the report covers only Norrbotten and Västerbotten',
  'compare.source.report': 'Source: report (North Sweden European Office, 2017)',
  'compare.themes': 'Themes',
  'compare.themesCaption': 'Projects by theme and municipality',
  'compare.themesNote':
    '● the municipality leads the project, ○ it takes part. Choose a mark to read about the project.',
  'compare.theme': 'Theme',
  'compare.role.lead': 'leads',
  'compare.role.participant': 'takes part',
  'compare.noProjects': 'no projects',
  'compare.ideas': 'Ideas from next door',
  'compare.ideasIntro':
    'Themes the neighbours work on that {name} has no project on in the report, with the person to call.',
  'compare.ideasNone': 'The neighbours have no theme that {name} lacks in the report.',
  'compare.ideasOutside':
    '{name} lies outside Norrbotten and Västerbotten and is not covered by the report, so the list shows everything the neighbours do.',
  'compare.ideaWho': 'Working on it: {names}',
  'compare.in': 'in {names}',
  'compare.contact': 'Contact',
  'compare.noContact': 'The report names no contact person.',
  'compare.fallbackContact': 'No contact for this project; {name} names on other projects:',
  'compare.shared': 'Shared projects',
  'compare.sharedIntro': 'Projects that already bring two or more of the municipalities together.',
  'compare.sharedNone': 'No project in the report brings two of the municipalities together.',
  'compare.sharedWho': 'Brings together {names}',
} as const;

export const compareMessages = { sv, en } satisfies Record<Language, Record<CompareKey, string>>;

export type CompareTranslate = (
  key: CompareKey,
  params?: Record<string, string | number>,
) => string;

export function compareTranslator(language: Language): CompareTranslate {
  const messages: Record<CompareKey, string> = compareMessages[language];
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

/** "Boden, Piteå och Luleå" / "Boden, Piteå and Luleå". */
export function listNames(language: Language, names: readonly string[]): string {
  return new Intl.ListFormat(language === 'sv' ? 'sv' : 'en-GB', {
    style: 'long',
    type: 'conjunction',
  }).format(names);
}

/** The comparison's texts and formatters for the language in the view state. */
export function useCompareText() {
  const language = useViewStore((s) => s.language);
  return {
    language,
    t: compareTranslator(language),
    n: (value: number, digits = 0) => formatNumber(language, value, digits),
    list: (names: readonly string[]) => listNames(language, names),
  };
}
