import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { RegionTotalsFileSchema } from '../../src/data/schemas.ts';
import { buildData, type DataBuildResult } from './build.ts';
import { buildPathsFromEnv, NORTH_SWEDEN } from './config.ts';
import { DataBuildError } from './errors.ts';
import { loadSource, verifySource } from './fetch-source.ts';
import { readMunicipalityParts } from './municipalities.ts';
import { MUNICIPALITY_BOUNDARIES, MUNICIPALITY_STATISTICS } from './sources.ts';
import { FOCUS_MUNICIPALITY_NAMES } from '../../src/domain/focus-municipalities.fixture.ts';

const run = promisify(execFile);
const paths = buildPathsFromEnv();

let result: DataBuildResult;
const byCode = (code: string) =>
  result.municipalities.features.find((f) => f.properties.code === code)!.properties;
const byName = (name: string) =>
  result.municipalities.features.find((f) => f.properties.name === name)!.properties;

beforeAll(async () => {
  result = await buildData(paths, NORTH_SWEDEN);
});

describe('the data build on the real sources', () => {
  it('emits exactly the 29 focus municipalities with their names in UTF-8', () => {
    const focus = result.municipalities.features.filter((f) => f.properties.focus);
    expect(Object.fromEntries(focus.map((f) => [f.properties.code, f.properties.name]))).toEqual(
      FOCUS_MUNICIPALITY_NAMES,
    );
    expect(byName('Luleå').code).toBe('2580');
    expect(byName('Övertorneå').code).toBe('2518');
  });

  it('adds the bordering municipalities outside the focus as context', () => {
    const context = result.municipalities.features.filter((f) => !f.properties.focus);
    expect(context.map((f) => f.properties.name).sort()).toEqual([
      'Sollefteå',
      'Strömsund',
      'Örnsköldsvik',
    ]);
  });

  it('dissolves municipalities that come as several records into one feature', async () => {
    const parts = await readMunicipalityParts(
      readFileSync(path.join(paths.mirror, MUNICIPALITY_BOUNDARIES.file)),
      MUNICIPALITY_BOUNDARIES.file,
    );
    for (const code of ['2482', '2513', '2521']) {
      expect(parts.filter((p) => p.code === code).length).toBeGreaterThan(1);
      expect(result.municipalities.features.filter((f) => f.properties.code === code)).toHaveLength(
        1,
      );
    }
  });

  it('joins the 2016 population from SCB', () => {
    expect(byName('Umeå').population).toBe(122892);
    expect(byName('Kiruna').population).toBe(23167);
    expect(byName('Kiruna').areaLandKm2).toBeCloseTo(19155.37, 2);
  });

  it('gives every feature a stable numeric id and a label point inside its bounds', () => {
    for (const f of result.municipalities.features) {
      expect(f.id).toBe(Number(f.properties.code));
      expect(f.properties.labelLat).toBeGreaterThan(62);
      expect(f.properties.labelLat).toBeLessThan(69.1);
    }
  });

  it('finds the neighbours, with a tolerance for borders that lie apart in this layer', () => {
    const borders = (a: string, b: string) => byName(a).neighbours.includes(byName(b).code);
    for (const [a, b] of [
      ['Piteå', 'Boden'],
      ['Umeå', 'Vännäs'],
      ['Kiruna', 'Gällivare'],
      ['Nordmaling', 'Örnsköldsvik'],
    ] as const) {
      expect(borders(a, b), `${a}–${b}`).toBe(true);
      expect(borders(b, a), `${b}–${a}`).toBe(true);
    }
    expect(borders('Kiruna', 'Luleå')).toBe(false);
    expect(borders('Umeå', 'Örnsköldsvik')).toBe(false);
  });

  it('matches the real borders of Boden and Kiruna', () => {
    const names = (name: string) =>
      byName(name)
        .neighbours.map(
          (code) =>
            result.municipalities.features.find((f) => f.id === Number(code))!.properties.name,
        )
        .sort();
    expect(names('Boden')).toEqual(
      ['Gällivare', 'Jokkmokk', 'Luleå', 'Piteå', 'Älvsbyn', 'Överkalix'].sort(),
    );
    expect(names('Kiruna')).toEqual(['Gällivare', 'Pajala']);
  });

  it('gives neighbours both ways among the 29', () => {
    const focus = result.municipalities.features.filter((f) => f.properties.focus);
    for (const { properties: m } of focus) {
      for (const n of m.neighbours)
        expect(byCode(n).neighbours, `${m.name}–${n}`).toContain(m.code);
    }
  });

  it('sums the county populations and draws the border between the counties', () => {
    const counties = result.counties.counties;
    expect(counties.map((c) => c.code)).toEqual(['24', '25']);
    // SCB 2016-12-31: Västerbotten 265 881, Norrbotten 250 570 inhabitants (the county figures
    // the arrivals per 1 000 inhabitants are computed from).
    expect(counties.map((c) => [c.name, c.population])).toEqual([
      ['Västerbottens län', 265_881],
      ['Norrbottens län', 250_570],
    ]);
    const border = result.counties.border.geometry.coordinates.flat();
    expect(border.length).toBeGreaterThan(20);
    // The county border runs between Skellefteå/Arvidsjaur and Piteå/Arjeplog, about 64.5–66.2° N.
    for (const [, lat] of border) expect(lat!).toBeGreaterThan(64);
  });

  it("sums SCB's population and areas of all 290 municipalities for Sweden and each county", () => {
    const { regions, sources } = RegionTotalsFileSchema.parse(
      JSON.parse(result.files['region-totals.json']!),
    );
    expect(sources).toEqual({
      population: { publisher: 'SCB', date: '2016-12-31' },
      area: { publisher: 'SCB', date: '2015-01-01' },
    });
    const [sweden, ...counties] = regions;
    // SCB's population of Sweden on 2016-12-31, the sum of the table's 290 municipalities.
    expect(sweden).toMatchObject({ code: '00', name: 'Riket', municipalities: 290 });
    expect(sweden!.population).toBe(9_995_153);
    expect(counties).toHaveLength(21);
    const norrbotten = counties.find((c) => c.code === '25')!;
    expect(norrbotten).toEqual({
      code: '25',
      name: 'Norrbottens län',
      municipalities: 14,
      population: 250_570,
      areaTotalKm2: 112_085.48,
      areaLandKm2: 97_238.81,
    });
    // The focus counties' totals agree with the map's own county populations.
    for (const county of result.counties.counties) {
      expect(counties.find((c) => c.code === county.code)!.population).toBe(county.population);
    }
    expect(result.manifest.files['region-totals.json']!.bytes).toBeLessThan(3000);
  });

  it('writes a manifest naming every source with its year, licence and checksum', () => {
    const ids = result.manifest.sources.map((s) => s.id);
    expect(ids).toContain('municipality-boundaries');
    expect(ids).toContain('municipality-statistics');
    expect(result.manifest.files['municipalities.geojson']!.bytes).toBeGreaterThan(1000);
  });
});

describe('refusing bad inputs', () => {
  async function mirrorWith(mutate: (zip: Buffer) => Buffer): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'mirror-'));
    await mkdir(path.join(dir, 'geo'), { recursive: true });
    await mkdir(path.join(dir, 'statistics'), { recursive: true });
    await copyFile(
      path.join(paths.mirror, MUNICIPALITY_STATISTICS.file),
      path.join(dir, MUNICIPALITY_STATISTICS.file),
    );
    const zip = await readFile(path.join(paths.mirror, MUNICIPALITY_BOUNDARIES.file));
    await writeFile(path.join(dir, MUNICIPALITY_BOUNDARIES.file), mutate(zip));
    return dir;
  }

  it('stops the CLI on a truncated input, naming the file', async () => {
    const mirror = await mirrorWith((zip) => zip.subarray(0, 1000));
    const out = await mkdtemp(path.join(tmpdir(), 'out-'));
    const failure = await run('npx', ['tsx', 'scripts/data/build.ts'], {
      env: { ...process.env, DATA_MIRROR: mirror, DATA_OUT: out },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(path.join(mirror, 'geo/ak_riks.zip'));
    expect(failure?.stderr).toContain('truncated: 1000 bytes, expected 1211742');
  });

  it('refuses a corrupted input of the right size', async () => {
    const mirror = await mirrorWith((zip) => {
      const copy = Buffer.from(zip);
      copy[5000] = copy[5000]! ^ 0xff;
      return copy;
    });
    await expect(loadSource(MUNICIPALITY_BOUNDARIES, { mirror, cache: mirror })).rejects.toThrow(
      /geo\/ak_riks\.zip: SHA-256 mismatch \(1211742 bytes/,
    );
  });

  it('refuses a file whose checksum is not the recorded one', () => {
    const bytes = readFileSync(path.join(paths.mirror, MUNICIPALITY_STATISTICS.file));
    const wrong = { ...MUNICIPALITY_STATISTICS, sha256: '0'.repeat(64) };
    expect(() => verifySource(wrong, bytes, 'statistics/Svenska_kommuner_2017.csv')).toThrow(
      /^statistics\/Svenska_kommuner_2017\.csv: SHA-256 mismatch/,
    );
  });

  it('says which file is missing when it is not mirrored and cannot be downloaded', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'empty-'));
    const offline = (() => Promise.reject(new Error('getaddrinfo ENOTFOUND'))) as typeof fetch;
    const error = await loadSource(MUNICIPALITY_BOUNDARIES, {
      mirror: empty,
      cache: empty,
      fetchImpl: offline,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataBuildError);
    expect((error as Error).message).toContain('geo/ak_riks.zip');
    expect((error as Error).message).toContain('download from https://raw.githubusercontent.com');
  });

  it('downloads a missing file into the cache and verifies it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'empty-'));
    const real = readFileSync(path.join(paths.mirror, MUNICIPALITY_STATISTICS.file));
    const served = (() => Promise.resolve(new Response(real))) as typeof fetch;
    const bytes = await loadSource(MUNICIPALITY_STATISTICS, {
      mirror: empty,
      cache: path.join(empty, 'cache'),
      fetchImpl: served,
    });
    expect(bytes.equals(real)).toBe(true);
    const tampered = (() => Promise.resolve(new Response(real.subarray(0, 10)))) as typeof fetch;
    const other = await mkdtemp(path.join(tmpdir(), 'empty-'));
    await expect(
      loadSource(MUNICIPALITY_STATISTICS, { mirror: other, cache: other, fetchImpl: tampered }),
    ).rejects.toThrow(/truncated/);
  });

  it('names the file when a shapefile archive is unreadable', async () => {
    await expect(
      readMunicipalityParts(new Uint8Array([80, 75, 3, 4, 1, 2, 3]), 'geo/ak_riks.zip'),
    ).rejects.toThrow(/^geo\/ak_riks\.zip: /);
  });
});

describe('refusing a bad catalogue', () => {
  it('stops the build naming the file, the record, the field and the reason, all at once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'catalogue-'));
    for (const name of ['themes.json', 'target-groups.json']) {
      await copyFile(path.join(paths.catalogueDir, name), path.join(dir, name));
    }
    const file = JSON.parse(await readFile(path.join(paths.catalogueDir, 'projects.json'), 'utf8'));
    file.projects[0].links = [{ url: 'javascript:alert(1)' }];
    file.projects[1].themes = ['no-such-theme'];
    await writeFile(path.join(dir, 'projects.json'), JSON.stringify(file));
    const error = await buildData({ ...paths, catalogueDir: dir }, NORTH_SWEDEN).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataBuildError);
    const message = (error as Error).message;
    expect(message).toContain('2 catalogue error(s)');
    expect(message).toContain(`record "${file.projects[0].id}", field "links.0.url"`);
    expect(message).toContain(`record "${file.projects[1].id}", field "themes.0"`);
  });
});
