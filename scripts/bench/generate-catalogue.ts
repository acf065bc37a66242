import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCatalogue } from '../catalogue/check.ts';
import { ALL_SWEDEN } from '../data/config.ts';
import { loadMunicipalityRegister, type RegisterEntry } from '../data/register.ts';
import type { CatalogueFile, Project, ProjectKind, ProjectStatus } from '../../src/data/schemas.ts';
import { formatCatalogueError } from '../../src/domain/catalogue/validate.ts';

/**
 * The scale benchmark's catalogue: `count` generated projects spread over every municipality of
 * Sweden, deterministic for a seed. Written as data/projects.json is, beside copies of
 * data/themes.json, data/target-groups.json (and data/region-figures.json, which the data build
 * reads from the same folder), into a folder of its own (never into data/ or
 * public/), and validated with the real catalogue check before it is used.
 *
 *   npx tsx scripts/bench/generate-catalogue.ts <out-dir> [--count 10000] [--seed 2017]
 */

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  svAdjective: ['Gemensam', 'Lokal', 'Öppen', 'Digital', 'Flexibel', 'Regional', 'Ny', 'Aktiv'],
  enAdjective: ['Shared', 'Local', 'Open', 'Digital', 'Flexible', 'Regional', 'New', 'Active'],
  svNoun: ['språkcafé', 'mötesplats', 'praktik', 'mentorskap', 'vägledning', 'idrottsskola'],
  enNoun: ['language café', 'meeting place', 'work placement', 'mentoring', 'guidance', 'sports'],
  svVerb: ['stärker', 'samlar', 'stöttar', 'utvecklar', 'förenar'],
  enVerb: ['strengthens', 'brings together', 'supports', 'develops', 'unites'],
  svObject: ['nyanlända', 'föreningar', 'arbetsgivare', 'familjer', 'unga vuxna', 'skolor'],
  enObject: ['newcomers', 'associations', 'employers', 'families', 'young adults', 'schools'],
  partner: ['Arbetsförmedlingen', 'Länsstyrelsen', 'Röda Korset', 'ABF', 'Studieförbundet'],
  funding: ['Europeiska socialfonden', 'AMIF', 'Länsstyrelsen', 'Kommunen'],
  firstName: ['Anna', 'Ali', 'Maria', 'Johan', 'Fatima', 'Erik', 'Sara', 'Ahmed'],
  lastName: ['Lindberg', 'Hassan', 'Nilsson', 'Öberg', 'Karimi', 'Lundström'],
};

const KINDS: ProjectKind[] = ['project', 'service', 'practice', 'network'];
const STATUSES: (ProjectStatus | null)[] = ['ongoing', 'completed', 'planned', null];

export interface GenerateOptions {
  count: number;
  seed: number;
}

export function generateCatalogue(
  register: ReadonlyMap<string, Pick<RegisterEntry, 'countyCode'>>,
  vocabulary: { themes: string[]; targetGroups: string[] },
  { count, seed }: GenerateOptions,
): CatalogueFile {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(items.length, min + int(max - min + 1));
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n) out.push(pool.splice(int(pool.length), 1)[0]!);
    return out;
  };
  const codes = [...register.keys()].sort();
  const byCounty = new Map<string, string[]>();
  for (const code of codes) {
    const county = register.get(code)!.countyCode;
    byCounty.set(county, [...(byCounty.get(county) ?? []), code]);
  }

  const projects: Project[] = [];
  for (let i = 0; i < count; i++) {
    // Every municipality has a project; the rest are spread at random.
    const lead: string | null = i < codes.length ? codes[i]! : random() < 0.03 ? null : pick(codes);
    let municipalities: string[] = lead ? [lead] : [];
    if (lead && random() < 0.12) {
      const county = byCounty.get(register.get(lead)!.countyCode)!;
      municipalities = [
        lead,
        ...some(
          county.filter((c) => c !== lead),
          1,
          2,
        ),
      ];
    }
    const a = int(WORDS.svAdjective.length);
    const n = int(WORDS.svNoun.length);
    const v = int(WORDS.svVerb.length);
    const o = int(WORDS.svObject.length);
    const o2 = int(WORDS.svObject.length);
    const start = 2010 + int(12);
    const hasContact = random() < 0.4;
    const first = pick(WORDS.firstName);
    const last = pick(WORDS.lastName);
    projects.push({
      id: `bench-${lead ?? 'region'}-${i}`,
      kind: pick(KINDS),
      title: {
        sv: `${WORDS.svAdjective[a]} ${WORDS.svNoun[n]} ${i + 1}`,
        en: `${WORDS.enAdjective[a]} ${WORDS.enNoun[n]} ${i + 1}`,
      },
      summary: {
        sv:
          `Verksamheten ${WORDS.svVerb[v]} ${WORDS.svObject[o]} genom ${WORDS.svNoun[n]}. ` +
          `Den drivs tillsammans med ${WORDS.svObject[o2]} och följs upp varje termin.`,
        en:
          `The activity ${WORDS.enVerb[v]} ${WORDS.enObject[o]} through ${WORDS.enNoun[n]}. ` +
          `It is run together with ${WORDS.enObject[o2]} and reviewed every term.`,
      },
      lead,
      municipalities,
      themes: some(vocabulary.themes, 1, 3),
      targetGroups: some(vocabulary.targetGroups, 1, 2),
      partners: some(WORDS.partner, 0, 2),
      funding: some(WORDS.funding, 0, 1),
      period: random() < 0.7 ? `${start}–${start + 1 + int(4)}` : null,
      status: pick(STATUSES),
      contacts: hasContact
        ? [
            {
              name: `${first} ${last}`,
              role: 'Samordnare',
              email: `${first}.${last}@kommun${lead ?? 'region'}.example`
                .toLowerCase()
                .replace(/ö/g, 'o'),
              phone: `0${10 + int(89)}-${100000 + int(899999)}`,
            },
          ]
        : [],
      links: random() < 0.3 ? [{ url: `https://example.org/projekt/${i + 1}` }] : [],
      facts: [],
      source: { document: 'bench-synthetic', page: 1 + (i % 60), section: 'Generated' },
    });
  }
  return {
    version: 1,
    source: {
      id: 'bench-synthetic',
      title: 'Generated catalogue for the scale benchmark',
      publisher: 'Integrationskartan benchmark',
      year: 2024,
    },
    projects,
  };
}

/**
 * Writes the scale catalogue into `outDir` (projects.json, themes.json, target-groups.json) and
 * validates it against the register of every municipality. Throws, listing the first errors, if
 * the check refuses it.
 */
export async function writeScaleCatalogue(
  outDir: string,
  options: GenerateOptions = { count: 10_000, seed: 2017 },
  dataDir = 'data',
): Promise<{ projects: number; municipalities: number }> {
  await mkdir(outDir, { recursive: true });
  const register = await loadMunicipalityRegister(ALL_SWEDEN);
  const vocab = async (file: string) =>
    (
      JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as { items: { id: string }[] }
    ).items.map((item) => item.id);
  const catalogue = generateCatalogue(
    register,
    { themes: await vocab('themes.json'), targetGroups: await vocab('target-groups.json') },
    options,
  );
  await writeFile(path.join(outDir, 'projects.json'), JSON.stringify(catalogue, null, 1));
  await copyFile(path.join(dataDir, 'themes.json'), path.join(outDir, 'themes.json'));
  await copyFile(path.join(dataDir, 'target-groups.json'), path.join(outDir, 'target-groups.json'));
  // The data build reads the report's own figures from the catalogue folder too.
  if (existsSync(path.join(dataDir, 'region-figures.json'))) {
    await copyFile(
      path.join(dataDir, 'region-figures.json'),
      path.join(outDir, 'region-figures.json'),
    );
  }
  const result = await checkCatalogue(outDir, register);
  if (!result.ok) {
    const shown = result.errors.slice(0, 10).map(formatCatalogueError);
    throw new Error(
      `generated catalogue refused (${result.errors.length} errors):\n  ${shown.join('\n  ')}`,
    );
  }
  return { projects: catalogue.projects.length, municipalities: register.size };
}

async function main(argv: string[]): Promise<number> {
  const outDir = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!outDir) {
    console.error(
      'usage: tsx scripts/bench/generate-catalogue.ts <out-dir> [--count N] [--seed N]',
    );
    return 2;
  }
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const started = performance.now();
  const { projects, municipalities } = await writeScaleCatalogue(outDir, {
    count: option('count', 10_000),
    seed: option('seed', 2017),
  });
  console.log(
    `catalogue: ${projects} generated projects over ${municipalities} municipalities → ` +
      `${outDir} (validated) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
