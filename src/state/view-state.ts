import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';

export type CountyFilter = 'all' | '24' | '25';
export type ViewMode = 'map' | 'list' | 'figures';

/**
 * Everything a shared link reproduces. The camera is not in here: it follows from the selection
 * (a selected municipality is framed, otherwise the region).
 */
export interface ViewState {
  municipality: string | null;
  project: string | null;
  themes: string[];
  targetGroups: string[];
  county: CountyFilter;
  kinds: string[];
  query: string;
  view: ViewMode;
  language: Language;
  metric: string;
  compare: string[];
  /** Cooperation links between municipalities that share a project. */
  links: boolean;
  embed: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  municipality: null,
  project: null,
  themes: [],
  targetGroups: [],
  county: 'all',
  kinds: [],
  query: '',
  view: 'map',
  language: DEFAULT_LANGUAGE,
  metric: 'projects',
  compare: [],
  links: false,
  embed: false,
};
