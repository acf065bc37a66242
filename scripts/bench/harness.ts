import { READY_MARK } from './trace.ts';

/**
 * The in-page half of the benchmark, installed with addInitScript before any script of the page
 * runs (plain JavaScript in a string: the app's CSP forbids Playwright's eval-based waits, and a
 * function compiled by tsx may carry helpers the page lacks). Times are performance.now() in the
 * page, so Playwright's round trips never enter a measurement.
 *
 *   __bench.readyAt     when [data-testid=map] got data-map-ready="true"; also the user-timing
 *                       mark that ends a traced load (trace.ts)
 *   __bench.programs    WebGL programs linked by the page (MapLibre links one per shader variant)
 *   __bench.layers()    the style layers of the map on [data-testid=map] (its __map); .sources()
 *   __bench.canvas2d    2D canvas contexts made (TinySDF draws glyphs on one when none are built)
 *   __bench.events      Event Timing entries (durationThreshold 16, as INP counts), read per click
 *   __bench.clicked(spec, since)  waits until the page shows what the click should do (a chip
 *                       pressed and the results counted, a toggle, a selection), then for the
 *                       click's Event Timing entries
 */
export const HARNESS = String.raw`
(() => {
  if (window.__bench) return;
  const B = (window.__bench = { readyAt: null, events: [], programs: 0, canvas2d: 0 });
  for (const c of [self.HTMLCanvasElement, self.OffscreenCanvas]) {
    const get = c?.prototype.getContext;
    if (get) c.prototype.getContext = function (type, ...rest) { if (type === '2d') B.canvas2d++; return get.call(this, type, ...rest); };
  }
  new MutationObserver(() => {
    if (B.readyAt === null && document.querySelector('[data-testid="map"][data-map-ready="true"]')) {
      B.readyAt = performance.now();
      performance.mark('${READY_MARK}');
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
  for (const gl of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    const link = gl?.prototype.linkProgram;
    if (link) gl.prototype.linkProgram = function (program) { B.programs++; return link.call(this, program); };
  }
  const keep = (list) => {
    for (const e of list.getEntries()) {
      const { name, entryType, interactionId, startTime, processingStart, processingEnd, duration } = e;
      B.events.push({ name, entryType, interactionId: interactionId || 0, startTime, processingStart, processingEnd, duration });
    }
  };
  new PerformanceObserver(keep).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver(keep).observe({ type: 'first-input', buffered: true });

  // Polls check() until it gives something truthy (resolves it) or timeoutMs pass (null).
  B.waitFor = (check, timeoutMs) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const tick = () => {
        let value = null;
        try { value = check(); } catch (e) { value = null; }
        if (value) resolve(value);
        else if (performance.now() - t0 > timeoutMs) resolve(null);
        else setTimeout(tick, 20);
      };
      tick();
    });
  B.map = () => document.querySelector('[data-testid="map"]')?.__map || null;
  B.layers = () => B.map()?.getStyle().layers.length ?? null;
  B.sources = () => { const m = B.map(); return m ? Object.keys(m.getStyle().sources).length : null; };
  // Resolves once the map has drawn nothing for quietMs (or after maxMs).
  B.settle = (quietMs, maxMs) =>
    new Promise((resolve) => {
      const map = B.map();
      const t0 = performance.now();
      let last = t0;
      const onRender = () => (last = performance.now());
      map?.on('render', onRender);
      const tick = () => {
        const now = performance.now();
        if (now - last < quietMs && now - t0 < maxMs) return void setTimeout(tick, 20);
        map?.off('render', onRender);
        resolve(now - t0);
      };
      setTimeout(tick, 20);
    });

  const digits = (text) => String(text ?? '').replace(/\D/g, '');
  const centre = (el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const p = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    return el.contains(document.elementFromPoint(p.x, p.y)) ? p : { error: 'covered' };
  };
  // The theme chips: button[aria-pressed] in the fieldset whose legend is the given text.
  const chips = (legend) =>
    [...(
      [...document.querySelectorAll('fieldset')].find(
        (f) => f.querySelector('legend')?.textContent.trim() === legend,
      )?.querySelectorAll('button[aria-pressed]') ?? []
    )];
  const countOf = (button) =>
    digits(button.querySelector('.chip__count')?.textContent ?? /(\d[\d\s\u00a0]*)\s*$/.exec(button.textContent)?.[1]);
  B.chips = (legend) =>
    chips(legend).map((b, index) => ({ index, pressed: b.getAttribute('aria-pressed') === 'true', disabled: b.disabled, count: countOf(b) }));
  const resultsCount = () => {
    const results = document.querySelector('[data-testid="results"]');
    // The first number of "(8 projekt, 3 för hela regionen)": how many projects match.
    const text = (results?.querySelector('h2 .count') ?? results?.querySelector('h2') ?? results)?.textContent;
    return results ? digits(/\d[\d\s\u00a0]*/.exec(text ?? '')?.[0]) : null;
  };
  B.point = (spec) => {
    if (spec.type === 'filter') return chips(spec.legend)[spec.index] ? centre(chips(spec.legend)[spec.index]) : { error: 'no chip ' + spec.index };
    const button = document.querySelector('[data-testid="' + spec.testid + '"]');
    return button ? centre(button) : { error: 'no [data-testid=' + spec.testid + ']' };
  };
  const reached = (spec) => {
    if (spec.type === 'filter') {
      if (chips(spec.legend)[spec.index]?.getAttribute('aria-pressed') !== String(spec.pressed)) return false;
      return spec.pressed ? resultsCount() === spec.count : resultsCount() === null;
    }
    if (spec.type === 'toggle')
      return document.querySelector('[data-testid="' + spec.testid + '"]')?.getAttribute('aria-pressed') === String(spec.pressed);
    if (document.querySelector('[data-testid="map"]').getAttribute('data-selected') !== spec.code) return false;
    return spec.panel === false || (document.querySelector('#panel-title')?.textContent ?? '').includes(spec.name);
  };
  // The entries of events that started after 'since': once the click's own entry has come and no
  // other for 150 ms (they come with the frame that presents them, which on SwiftShader may be a
  // second later), or after timeoutMs (every event under 16 ms: what came is kept).
  const eventTiming = (since, timeoutMs) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      let count = -1;
      let changed = t0;
      const tick = () => {
        const mine = B.events.filter((e) => e.startTime >= since);
        const now = performance.now();
        if (mine.length !== count) [count, changed] = [mine.length, now];
        if ((mine.some((e) => e.name === 'click') && now - changed >= 150) || now - t0 >= timeoutMs) resolve(mine);
        else setTimeout(tick, 20);
      };
      tick();
    });
  B.clicked = async (spec, since) => {
    if (!(await B.waitFor(() => reached(spec), 10000))) return { error: 'no ' + JSON.stringify(spec) + ' within 10 s' };
    return { events: await eventTiming(since, 10000) };
  };

  // Where to click a municipality: its label point in whole pixels, if a click there and 2 px
  // around it reaches that municipality's fill on the canvas.
  const municipalityPoint = (map, m) => {
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project([m.lon, m.lat]);
    const [x, y] = [Math.round(rect.left + p.x), Math.round(rect.top + p.y)];
    if (x - rect.left < 4 || y - rect.top < 4 || x > rect.right - 4 || y > rect.bottom - 4) return null;
    for (const [dx, dy] of [[0, 0], [-2, 0], [2, 0], [0, -2], [0, 2]]) {
      if (document.elementFromPoint(x + dx, y + dy) !== map.getCanvas()) return null;
      const hit = map.queryRenderedFeatures([x + dx - rect.left, y + dy - rect.top])
        .find((f) => f.layer.type === 'fill' && f.properties?.code !== undefined);
      if (String(hit?.properties.code) !== m.code) return null;
    }
    return { x, y };
  };
  // From index start on, the first municipality not selected that can be clicked in the current
  // view, once the camera has come to rest (the same point over two quiet spells of the map).
  B.pickMunicipality = async (list, start) => {
    const selected = document.querySelector('[data-testid="map"]').getAttribute('data-selected');
    let last = null;
    for (let round = 0; round < 10; round++) {
      await B.settle(100, 5000);
      let found = null;
      for (let k = 0; k < list.length && !found; k++) {
        const index = (start + k) % list.length;
        const p = list[index].code === selected ? null : municipalityPoint(B.map(), list[index]);
        if (p) found = { index, ...list[index], ...p };
      }
      if (!found) return { error: 'no municipality can be clicked in this view' };
      if (last?.code === found.code && Math.hypot(last.x - found.x, last.y - found.y) < 0.5) return found;
      last = found;
    }
    return last;
  };
})();
`;
