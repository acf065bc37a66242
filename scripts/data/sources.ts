/**
 * The raw sources of the data build, as listed in ../shared/data/PROVENANCE.md.
 * The checksum and byte size pin the exact published file; the build refuses anything else.
 */
export interface RawSource {
  id: 'municipality-boundaries' | 'municipality-statistics';
  /** Path relative to the data mirror (DATA_MIRROR, by default ../shared/data). */
  file: string;
  url: string;
  sha256: string;
  bytes: number;
  title: string;
  publisher: string;
  /** The year the figures or boundaries refer to, as shown beside every figure in the app. */
  year: number;
  licence: string;
}

export const MUNICIPALITY_BOUNDARIES: RawSource = {
  id: 'municipality-boundaries',
  file: 'geo/ak_riks.zip',
  url: 'https://raw.githubusercontent.com/bjornsh/gis_data/618cbfd4cde823283e5c748a307444501f1b0efa/ak_riks.zip',
  sha256: '2cc3684ac174a84183148683929b6c38d88808bfb964f512caf545a14ff74cf8',
  bytes: 1211742,
  title: 'GSD-Sverigekartan 1:1 miljon, ak_riks (kommuner)',
  publisher: 'Lantmäteriet',
  year: 2018,
  licence: 'CC0 1.0',
};

export const MUNICIPALITY_STATISTICS: RawSource = {
  id: 'municipality-statistics',
  file: 'statistics/Svenska_kommuner_2017.csv',
  url: 'https://raw.githubusercontent.com/marcusasplund/kommundata/7a2e0faef86cb2a1b701f2087d3b6fadee376af2/Svenska_kommuner_2017.csv',
  sha256: '02d4f1e4609441f517b062879510543ff2fcd8140cac157ef50b658669d21c05',
  bytes: 42188,
  title: 'Folkmängd 2016-12-31 och areal 2015-01-01 per kommun',
  publisher: 'SCB (Statistiska centralbyrån), tabulerad i svenska Wikipedia',
  year: 2016,
  licence: 'SCB open data; repository MIT',
};

export const RAW_SOURCES: readonly RawSource[] = [MUNICIPALITY_BOUNDARIES, MUNICIPALITY_STATISTICS];
