import { area, featureCollection, feature as turfFeature, union } from '@turf/turf';
import { unzipSync } from 'fflate';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';
import shp from 'shpjs';
import { DataBuildError } from './errors.ts';

export interface MunicipalityPart {
  code: string;
  name: string;
  countyCode: string;
  geometry: Polygon | MultiPolygon;
}

export interface DissolvedMunicipality {
  code: string;
  name: string;
  countyCode: string;
  geometry: Polygon | MultiPolygon;
  /** How many shapefile records made this municipality. */
  parts: number;
}

/** Maps a .cpg declaration to a TextDecoder label; Lantmäteriet writes "ISO 88591", which readers miss. */
export function normaliseCodePage(cpg: string | undefined): string {
  const text = (cpg ?? '').trim().toUpperCase().replace(/[\s_]/g, '');
  if (/^(ISO-?8859-?1|ISO88591|LATIN1|1252|ANSI1252|WINDOWS-?1252)$/.test(text)) return 'latin1';
  if (/^UTF-?8$/.test(text)) return 'utf-8';
  // The layer is documented as ISO-8859-1; anything unrecognised is read as such.
  return 'latin1';
}

/** Reads every record of the municipality shapefile zip, reprojected to WGS84 with names decoded. */
export async function readMunicipalityParts(
  zipBytes: Uint8Array,
  file: string,
): Promise<MunicipalityPart[]> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zipBytes);
  } catch (error) {
    throw new DataBuildError(file, `not a readable zip archive (${(error as Error).message})`);
  }
  const byExt = (ext: string) => {
    const name = Object.keys(entries).find((n) => n.toLowerCase().endsWith(ext));
    return name ? entries[name] : undefined;
  };
  const shpBytes = byExt('.shp');
  const dbfBytes = byExt('.dbf');
  const prjBytes = byExt('.prj');
  if (!shpBytes || !dbfBytes || !prjBytes) {
    throw new DataBuildError(file, 'the archive lacks a .shp, .dbf or .prj member');
  }
  const cpgBytes = byExt('.cpg');
  const decoder = new TextDecoder();
  let collection: { features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] };
  try {
    collection = (await shp({
      shp: shpBytes,
      dbf: dbfBytes,
      prj: decoder.decode(prjBytes),
      cpg: normaliseCodePage(cpgBytes ? decoder.decode(cpgBytes) : undefined),
    })) as typeof collection;
  } catch (error) {
    throw new DataBuildError(file, `unreadable shapefile (${(error as Error).message})`);
  }
  return collection.features.map((f, index) => {
    const record = `#${index}`;
    const code = String(f.properties.KOM_KOD ?? '');
    const countyCode = String(f.properties.LAN_KOD ?? '');
    const name = String(f.properties.KOMMUNNAMN ?? '').trim();
    if (!/^\d{4}$/.test(code))
      throw new DataBuildError(file, 'not a 4-digit code', record, 'KOM_KOD');
    if (!/^\d{2}$/.test(countyCode))
      throw new DataBuildError(file, 'not a 2-digit county code', record, 'LAN_KOD');
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new DataBuildError(file, 'geometry is not a polygon', `${code} ${record}`, 'geometry');
    }
    return { code, name, countyCode, geometry: f.geometry };
  });
}

/** Merges the records of each municipality into one (Multi)Polygon keyed by its code. */
export function dissolveByCode(parts: MunicipalityPart[]): Map<string, DissolvedMunicipality> {
  const groups = new Map<string, MunicipalityPart[]>();
  for (const part of parts) groups.set(part.code, [...(groups.get(part.code) ?? []), part]);
  const out = new Map<string, DissolvedMunicipality>();
  for (const [code, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const first = group[0]!;
    const geometry =
      group.length === 1
        ? first.geometry
        : union(featureCollection(group.map((p) => turfFeature(p.geometry))))?.geometry;
    if (!geometry) throw new DataBuildError('geo/ak_riks.zip', 'dissolve gave no geometry', code);
    out.set(code, {
      code,
      name: first.name,
      countyCode: first.countyCode,
      geometry,
      parts: group.length,
    });
  }
  return out;
}

/**
 * A point well inside the municipality for its label: the pole of inaccessibility of its largest
 * polygon, found in a plane scaled by cos(latitude) so that it is not pulled north–south.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, rings) =>
    area({ type: 'Polygon', coordinates: rings }) > area({ type: 'Polygon', coordinates: best })
      ? rings
      : best,
  );
  const lat0 = largest[0]!.reduce((sum, p) => sum + p[1]!, 0) / largest[0]!.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const scaled = largest.map((ring) => ring.map(([x, y]) => [x! * k, y!]));
  const [x, y] = polylabel(scaled, 0.001);
  return [Math.round((x / k) * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
}
