import type { BasemapCollection, CountiesFile, MunicipalityCollection } from '../data/schemas';
import type { LinkState } from './feature-state';
import type { MapTheme } from './theme';
import type { Tip } from './tip';

/** What the map session is told and gives: its data, looks and options. */
export interface MunicipalityMapData {
  municipalities: MunicipalityCollection;
  counties: CountiesFile;
  basemap: BasemapCollection;
}

/** What the map shows per municipality for the current metric and filters. */
export interface MunicipalityLook {
  fill?: string;
  noData?: boolean;
  dimmed?: boolean;
  /** Matched by region-wide practices only, while other matches are placed: not framed. */
  regionWideOnly?: boolean;
  /** What hover and keyboard focus show: the name and the metric's value with its unit. */
  tip?: Tip;
}

export type LinkLook = Partial<LinkState>;

export interface MunicipalityMapOptions {
  container: HTMLElement;
  data: MunicipalityMapData;
  theme: MapTheme;
  onSelect: (code: string) => void;
  /** Accessible name of the canvas. */
  label: string;
}
