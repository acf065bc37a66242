// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tipContent } from './tip';

describe('the map tooltip', () => {
  it('shows the name and, under it, the value for the metric', () => {
    const tip = tipContent({ name: 'Luleå', value: '79 000 invånare', noData: false }, 'x');
    expect(tip.tagName).toBe('DIV');
    expect(tip.innerHTML).toBe(
      '<strong>Luleå</strong><br><span class="map-tooltip__value">79 000 invånare</span>',
    );
  });

  it('sets "no data" apart', () => {
    const tip = tipContent({ name: 'Kiruna', value: 'Uppgift saknas', noData: true }, 'x');
    expect(tip.querySelector('span')!.className).toBe('map-tooltip__value no-data');
  });

  it('shows only the name of a place without a tip, as text (never as markup)', () => {
    const tip = tipContent(undefined, '<img src=x onerror=alert(1)>');
    expect(tip.children).toHaveLength(1);
    expect(tip.querySelector('strong')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(tip.querySelector('img')).toBeNull();
  });
});
