import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../state/url/parse';
import { DEFAULT_VIEW } from '../../state/view-state';
import { factSheetView, liveViewUrl } from './sheet-link';

describe('the links of a fact sheet', () => {
  it('opens the sheet of a municipality in the language, with nothing else of the view', () => {
    expect(factSheetView('2580', 'en')).toEqual({
      ...DEFAULT_VIEW,
      municipality: '2580',
      language: 'en',
      view: 'sheet',
    });
  });

  it('links back to the map with the municipality selected, in the sheet’s language', () => {
    expect(liveViewUrl('http://127.0.0.1:4173/', '2580', 'sv')).toBe(
      'http://127.0.0.1:4173/?v=1&m=2580',
    );
    const link = liveViewUrl('https://example.se/karta/', '2506', 'en');
    expect(link).toBe('https://example.se/karta/?v=1&lang=en&m=2506');
    // The app reads the link back as that view.
    expect(parseViewState(new URL(link).search, () => undefined)).toEqual({
      ...DEFAULT_VIEW,
      municipality: '2506',
      language: 'en',
    });
  });
});
