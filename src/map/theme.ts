import { LABEL_FONT } from '../domain/glyphs';

/**
 * The map's colours and sizes, one typed theme from which every layer is generated; the charts,
 * the legend's "no data" swatch and the PNG export take their colours from it too.
 */
export interface MapTheme {
  sea: string;
  land: string;
  countryBorder: string;
  lake: string;
  municipalityFill: string;
  contextFill: string;
  municipalityLine: string;
  /**
   * Opacity of the municipality outlines: full, and while a county-level figure (the arrivals) is
   * shown, when each county reads as one area inside its border.
   */
  municipalityLineOpacity: { municipality: number; county: number };
  countyBorder: string;
  hoverLine: string;
  selectedLine: string;
  highlightLine: string;
  linkLine: string;
  /** Outline widths in px of a selected, hovered and highlighted (neighbour) municipality. */
  emphasisWidth: { selected: number; hover: number; highlighted: number };
  label: string;
  labelHalo: string;
  contextLabel: string;
  /** Size in px of a focus municipality's name at zoom 4, 6 and 8 (context names 1 px less). */
  labelSize: [number, number, number];
  /** Size in px of a county's name with its figure at zoom 4, 6 and 8 (county-level metrics). */
  countyLabelSize: [number, number, number];
  font: string;
  /** "No data": lines of this ink on this paper, hatched (map pattern, legend swatch, PNG). */
  noDataInk: string;
  noDataPaper: string;
  /** Text on charts and on the exported legend, and its quieter kind (sources, "no data"). */
  ink: string;
  inkMuted: string;
  /** A bar of a chart, and the bar of the selected municipality. */
  chartBar: string;
  chartSelected: string;
  /** The exported legend's box and the outline of its swatches. */
  legendPaper: string;
  swatchOutline: string;
}

export const LIGHT_THEME: MapTheme = {
  sea: '#cfe0ea',
  land: '#eeece6',
  countryBorder: '#a9a59b',
  lake: '#cfe0ea',
  municipalityFill: '#f7f5ef',
  contextFill: '#e0ddd3',
  municipalityLine: '#ffffff',
  municipalityLineOpacity: { municipality: 1, county: 0.12 },
  countyBorder: '#3b4a5a',
  hoverLine: '#1d3a57',
  selectedLine: '#0b2239',
  highlightLine: '#b3471d',
  linkLine: '#b3471d',
  emphasisWidth: { selected: 3.5, hover: 2, highlighted: 3 },
  label: '#1f2a36',
  labelHalo: '#ffffff',
  contextLabel: '#5b6570',
  labelSize: [10.5, 12.5, 15],
  countyLabelSize: [14, 17, 21],
  font: LABEL_FONT,
  noDataInk: '#8a8577',
  noDataPaper: '#ffffff',
  ink: '#1f2a36',
  inkMuted: '#4f5b67',
  chartBar: '#2c7fb8',
  chartSelected: '#b3471d',
  legendPaper: 'rgba(255,255,255,0.95)',
  swatchOutline: 'rgba(0,0,0,0.25)',
};

/** A "#rrggbb" colour as its red, green and blue bytes. */
export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}
