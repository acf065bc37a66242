import type MiniSearch from 'minisearch';
import { cutText, foldText } from '../text';
import type { Project } from '../../data/schemas';

export interface SearchHit {
  id: string;
  score: number;
  /** The matched (folded) index terms, for highlighting with `highlightSegments`. */
  terms: string[];
}

/**
 * The search engine (MiniSearch), passed in: the app loads it after the first frame, so that its
 * code is not part of the first download.
 */
export type SearchEngine = typeof MiniSearch;

export interface ProjectSearch {
  search(query: string): SearchHit[];
  /** Builds the index now (after the first frame, say) rather than on the first search. */
  prepare(): void;
}

interface SearchDocument {
  id: string;
  titleSv: string;
  titleEn: string;
  summarySv: string;
  summaryEn: string;
  partners: string;
  contacts: string;
  municipalities: string;
  /** The labels of the project's themes and target groups, in both languages. */
  facets: string;
}

/** The labels of the themes and target groups by id (both languages), as the filters show them. */
export interface FacetLabels {
  themes: ReadonlyMap<string, string>;
  targetGroups: ReadonlyMap<string, string>;
}

const FIELDS = [
  'titleSv',
  'titleEn',
  'summarySv',
  'summaryEn',
  'partners',
  'contacts',
  'municipalities',
  'facets',
] as const satisfies readonly (keyof SearchDocument)[];

/** MiniSearch's own separator (spaces and punctuation), shared with the highlighter. */
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;
const SEPARATOR_RUN = /([\n\r\p{Z}\p{P}]+)/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Longer input is no search anyone typed; capping it keeps fuzzy matching cheap. */
const MAX_QUERY_LENGTH = 200;
const FUZZY_MIN_LENGTH = 5;
const FUZZINESS = 0.15;

/** Same folding for documents and queries; tokens without letters or digits (emoji) are dropped. */
function processTerm(term: string): string | null {
  const folded = foldText(term);
  return HAS_LETTER_OR_DIGIT.test(folded) ? folded : null;
}

function tokenize(text: string): string[] {
  return text.split(SEPARATOR);
}

function toDocument(
  p: Project,
  names: ReadonlyMap<string, string>,
  labels: FacetLabels | undefined,
): SearchDocument {
  const codes = new Set(p.lead === null ? p.municipalities : [p.lead, ...p.municipalities]);
  return {
    id: p.id,
    titleSv: p.title.sv,
    titleEn: p.title.en,
    summarySv: p.summary.sv,
    summaryEn: p.summary.en,
    partners: p.partners.join(' ; '),
    contacts: p.contacts.map((c) => c.name).join(' ; '),
    municipalities: [...codes].map((code) => names.get(code) ?? '').join(' ; '),
    facets: [
      ...p.themes.map((id) => labels?.themes.get(id) ?? ''),
      ...p.targetGroups.map((id) => labels?.targetGroups.get(id) ?? ''),
    ].join(' ; '),
  };
}

/**
 * Full-text search over the catalogue, insensitive to case and Swedish letters ("alvsbyn" finds
 * "Älvsbyn"), over the titles, summaries, partners, contacts, municipalities and the labels of
 * the themes and target groups in both languages (so "språk" finds what the theme Språk shows). All query words must match (AND); the last one may be a prefix, since it is likely
 * still being typed, and words of five letters or more tolerate a typo. The index is built on the
 * first search or `prepare()`, not here: it costs 76 ms for the two counties and over a second at
 * 10 000 projects, which the first frame does not need.
 */
export function createProjectSearch(
  projects: Project[],
  municipalityNames: ReadonlyMap<string, string>,
  Engine: SearchEngine,
  labels?: FacetLabels,
): ProjectSearch {
  let built: MiniSearch<SearchDocument> | null = null;
  const index = () => {
    if (!built) {
      built = new Engine<SearchDocument>({
        fields: [...FIELDS],
        tokenize,
        processTerm,
        searchOptions: {
          combineWith: 'AND',
          boost: { titleSv: 3, titleEn: 3, municipalities: 1.5 },
          prefix: (_term, i, terms) => i === terms.length - 1,
          fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZINESS : false),
        },
      });
      built.addAll(projects.map((p) => toDocument(p, municipalityNames, labels)));
    }
    return built;
  };

  return {
    prepare() {
      index();
    },
    search(query: string): SearchHit[] {
      if (typeof query !== 'string') return [];
      const q = cutText(query, MAX_QUERY_LENGTH);
      if (!q.trim()) return [];
      try {
        return index()
          .search(q)
          .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
      } catch {
        // Defensive: a search box must never take the page down; no hits is the honest answer.
        return [];
      }
    },
  };
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into segments, marking each word whose folded form starts with one of `terms`
 * (folded as well). The original text, accents included, is kept; adjacent segments of the same
 * kind are merged, so joining all segments gives back `text`.
 */
export function highlightSegments(text: string, terms: string[]): HighlightSegment[] {
  const folded = [...new Set(terms.map(foldText))].filter((t) => t !== '');
  const segments: HighlightSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  // With a capturing group, split alternates word, separator, word, …
  text.split(SEPARATOR_RUN).forEach((part, i) => {
    const isWord = i % 2 === 0;
    const word = isWord ? foldText(part) : '';
    push(part, isWord && word !== '' && folded.some((t) => word.startsWith(t)));
  });
  return segments;
}
