/**
 * Test fixture: seeded random addresses of the app, for the URL fuzz tests (the codec in
 * fuzz.test.ts, the real app in e2e/open-any-link.spec.ts). It imports only the seeded
 * generator, a leaf module, so that the e2e runner can load it too. The same seed always gives
 * the same addresses.
 */
import { seededRandom } from '../../domain/seeded-random.fixture';

/** Ids the data defines, per vocabulary, for the fuzzer to mix with unknown ones. */
export interface FuzzVocabulary {
  municipalities: readonly string[];
  projects: readonly string[];
  themes: readonly string[];
  targetGroups: readonly string[];
}

/** Values an attacker or a broken link puts anywhere. */
const HOSTILE = [
  '',
  'nonexistent',
  '9999',
  '0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '//evil.example/',
  'https://evil.example/',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '%',
  '\u200b2580',
  'Umeå',
  '__proto__',
  'constructor',
  'toString',
  'import:',
  'import:nope',
  'import:__proto__',
  'true',
  'null',
  'NaN',
  '-1',
  '1e400',
  ',,,',
  'a'.repeat(300),
  '🙂',
];

const METRICS = ['projects', 'population', 'density', 'arrivals', 'perCapita', 'import:mine'];

/** Every parameter of the address, and what the fuzzer puts in it besides the hostile values. */
function parameterValues(vocabulary: FuzzVocabulary): Record<string, readonly string[]> {
  return {
    v: ['1', '0', '2', '99', '-1', '1.5'],
    lang: ['sv', 'en', 'de', 'EN', ''],
    m: vocabulary.municipalities,
    p: vocabulary.projects,
    theme: vocabulary.themes,
    tg: vocabulary.targetGroups,
    county: ['all', '24', '25', '77', '2'],
    kind: ['project', 'service', 'practice', 'network', 'funding'],
    q: ['umeå', 'språk', 'x'.repeat(250), '  ', 'a&b=c'],
    view: ['map', 'list', 'figures', 'sideways'],
    metric: METRICS,
    cmp: vocabulary.municipalities,
    links: ['1', '0', 'true', 'yes'],
    year: ['2016', '2020', '20x6', '1899', '2101', '99999', '-2016', '2016.5'],
    change: ['2016-abs', '2016-pct', '2016', 'abs-2016', '1800-pct', '2016-pct-abs'],
    embed: ['1', '0', 'true'],
    ended: ['hide', 'show', 'HIDE', '1'],
    zzz: ['1'],
  };
}

/** Parameters that take a comma-separated list. */
const LISTS = new Set(['theme', 'tg', 'kind', 'cmp']);

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** One value for `param`: mostly a known one, else hostile, sometimes a list of several. */
function fuzzedValue(random: () => number, param: string, known: readonly string[]): string {
  const one = () =>
    known.length > 0 && random() < 0.55 ? pick(random, known) : pick(random, HOSTILE);
  if (!LISTS.has(param) || random() < 0.4) return one();
  const count = 1 + Math.floor(random() * 12);
  return Array.from({ length: count }, one).join(',');
}

/**
 * `count` query strings ('?…'), each with one to six parameters (sometimes one twice), their
 * values known ids, unknown ids and hostile text, percent-encoded or, at times, raw.
 */
export function fuzzedQueries(seed: number, count: number, vocabulary: FuzzVocabulary): string[] {
  const random = seededRandom(seed);
  const values = parameterValues(vocabulary);
  const params = Object.keys(values);
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    const n = 1 + Math.floor(random() * 6);
    for (let i = 0; i < n; i++) {
      const param = pick(random, params);
      const value = fuzzedValue(random, param, values[param]!);
      // Raw text (a hand-made link) a fifth of the time: '%' and '&' alone must not break it.
      parts.push(`${param}=${random() < 0.2 ? value : encodeURIComponent(value)}`);
    }
    return `?${parts.join('&')}`;
  });
}

/**
 * Paths that make an address of the site read as another: with the page's own path joined to a
 * query, each would be a link or a history entry off the site.
 */
export const CRAFTED_PATHS = [
  '//evil.example/',
  '/\\evil.example/',
  '//evil.example/%2e%2e/',
  '//',
  '///evil.example/',
  '//evil.example',
];
