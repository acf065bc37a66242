import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkCatalogue } from '../catalogue/check.ts';
import { ALL_SWEDEN } from '../data/config.ts';
import { loadMunicipalityRegister, type RegisterEntry } from '../data/register.ts';
import type { CatalogueFile, Project, ProjectKind, ProjectStatus } from '../../src/data/schemas.ts';
import { formatCatalogueError } from '../../src/domain/catalogue/validate.ts';
import { seededRandom } from '../../src/domain/seeded-random.fixture.ts';

/**
 * The scale benchmark's catalogue: `count` generated projects spread over every municipality of
 * Sweden, deterministic for a seed. Written as data/projects.json is, beside copies of
 * data/themes.json, data/target-groups.json (and data/region-figures.json, which the data build
 * reads from the same folder), into a folder of its own (never into data/ or
 * public/), and validated with the real catalogue check before it is used.
 */

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
  const random = seededRandom(seed);
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
 * Writes the scale catalogue (10 000 projects, seed 2017) into `outDir` beside copies of the
 * vocabularies and the region figures of data/, and checks it against the register of every
 * municipality: throws, listing the first errors, if the check refuses it.
 */
export async function writeScaleCatalogue(outDir: string): Promise<{ projects: number }> {
  await mkdir(outDir, { recursive: true });
  const register = await loadMunicipalityRegister(ALL_SWEDEN);
  const ids = async (file: string) =>
    (JSON.parse(await readFile(`data/${file}`, 'utf8')) as { items: { id: string }[] }).items.map(
      (item) => item.id,
    );
  const vocabulary = {
    themes: await ids('themes.json'),
    targetGroups: await ids('target-groups.json'),
  };
  const catalogue = generateCatalogue(register, vocabulary, { count: 10_000, seed: 2017 });
  await writeFile(path.join(outDir, 'projects.json'), JSON.stringify(catalogue, null, 1));
  // The data build reads the report's own figures from the catalogue folder too.
  for (const file of ['themes.json', 'target-groups.json', 'region-figures.json']) {
    if (existsSync(`data/${file}`)) await copyFile(`data/${file}`, path.join(outDir, file));
  }
  const result = await checkCatalogue(outDir, register);
  if (!result.ok) {
    const shown = result.errors.slice(0, 10).map(formatCatalogueError).join('\n  ');
    throw new Error(`generated catalogue refused (${result.errors.length} errors):\n  ${shown}`);
  }
  return { projects: catalogue.projects.length };
}
