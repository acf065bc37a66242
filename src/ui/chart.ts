/**
 * Plot labels its mark groups with aria-label, which ARIA forbids on elements without a role.
 * The chart is one image with a name (the numbers are also given as text beside it).
 */
export function asAccessibleImage(chart: Element, name: string): Element {
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', name);
  chart.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
  chart
    .querySelectorAll('g[aria-description]')
    .forEach((g) => g.removeAttribute('aria-description'));
  return chart;
}
