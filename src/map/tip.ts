/** What hover and keyboard focus show: the name and the metric's value with its unit. */
export interface Tip {
  name: string;
  value: string;
  noData: boolean;
}

/** The tip's content: the name, and under it the value ("no data" set apart). */
export function tipContent(tip: Tip | undefined, fallbackName: string): HTMLElement {
  const content = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = tip?.name ?? fallbackName;
  content.append(name);
  if (tip) {
    const value = document.createElement('span');
    value.className = tip.noData ? 'map-tooltip__value no-data' : 'map-tooltip__value';
    value.textContent = tip.value;
    content.append(document.createElement('br'), value);
  }
  return content;
}
