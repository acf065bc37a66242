import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CatalogueFileSchema,
  GeneratedCatalogueSchema,
  VocabularyFileSchema,
  type Suggestion,
} from '../../src/data/schemas.ts';
import { MUNICIPALITIES } from '../../src/domain/municipalities.fixture.ts';
import { REPO } from '../db/database.ts';

/**
 * A small build for the API's tests: index.html, and the two data files the API reads, made from
 * the checked-in catalogue (data/) and the municipality fixture, so that the tests need no
 * `npm run build`.
 */
export async function makeTestBuild(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'integrationskartan-api-'));
  await mkdir(path.join(root, 'data'));
  const read = async (name: string) =>
    JSON.parse(await readFile(path.join(REPO, 'data', name), 'utf8')) as unknown;
  const file = CatalogueFileSchema.parse(await read('projects.json'));
  const catalogue = GeneratedCatalogueSchema.parse({
    source: file.source,
    projects: file.projects,
    themes: VocabularyFileSchema.parse(await read('themes.json')).items,
    targetGroups: VocabularyFileSchema.parse(await read('target-groups.json')).items,
  });
  const square = [
    [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  ];
  const municipalities = {
    type: 'FeatureCollection',
    features: MUNICIPALITIES.map(({ id, ...properties }) => ({
      type: 'Feature',
      id,
      properties,
      geometry: { type: 'MultiPolygon', coordinates: square },
    })),
  };
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>test</title>');
  await writeFile(path.join(root, 'data', 'catalogue.json'), JSON.stringify(catalogue));
  await writeFile(
    path.join(root, 'data', 'municipalities.geojson'),
    JSON.stringify(municipalities),
  );
  return root;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One HTTP request as sent (any header, a raw body), the answer read whole. */
export function call(
  base: string,
  method: string,
  target: string,
  options: { body?: unknown; raw?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const url = new URL(base);
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = {
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: target, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON (a 304, a static file)
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const SENDER = {
  name: 'Kim Koordinator',
  organisation: 'Kiruna kommun',
  email: 'kim@example.org',
};

/** A valid suggestion of each kind, to vary in tests. */
export const SUGGESTIONS = {
  change: {
    kind: 'change',
    projectId: 'kiruna-cafe-metropol',
    record: { summary: { sv: 'Café Metropol är en mötesplats i Kiruna.' } },
    message: 'Sammanfattningen är för lång.',
    sender: SENDER,
    consent: true,
  },
  ended: {
    kind: 'ended',
    projectId: 'gallivare-kompetens-och-samverkan',
    message: 'Projektet slutade 2018.',
    sender: SENDER,
    consent: true,
  },
  new: {
    kind: 'new',
    record: {
      kind: 'service',
      title: { sv: 'Språkcafé i Jukkasjärvi', en: 'Language café in Jukkasjärvi' },
      summary: {
        sv: 'Varje torsdag träffas nya och gamla invånare och pratar svenska över en kopp kaffe.',
        en: 'Every Thursday new and old residents meet and speak Swedish over coffee.',
      },
      municipalities: ['2584'],
      themes: ['language', 'meeting-places'],
      targetGroups: ['all-residents'],
      links: [{ url: 'https://example.org/sprakcafe' }],
    },
    sender: SENDER,
    consent: true,
  },
} satisfies Record<string, Suggestion>;
