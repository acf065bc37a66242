/** The map's colours and sizes, one typed theme from which every layer is generated. */
export interface MapTheme {
  sea: string;
  land: string;
  countryBorder: string;
  lake: string;
  municipalityFill: string;
  contextFill: string;
  municipalityLine: string;
  countyBorder: string;
  hoverLine: string;
  selectedLine: string;
  highlightLine: string;
  linkLine: string;
  label: string;
  labelHalo: string;
  contextLabel: string;
  font: string;
}

export const LIGHT_THEME: MapTheme = {
  sea: '#cfe0ea',
  land: '#eeece6',
  countryBorder: '#a9a59b',
  lake: '#cfe0ea',
  municipalityFill: '#f7f5ef',
  contextFill: '#e0ddd3',
  municipalityLine: '#ffffff',
  countyBorder: '#3b4a5a',
  hoverLine: '#1d3a57',
  selectedLine: '#0b2239',
  highlightLine: '#b3471d',
  linkLine: '#b3471d',
  label: '#1f2a36',
  labelHalo: '#ffffff',
  contextLabel: '#5b6570',
  font: 'Noto Sans Regular',
};
