import { JSON_METHOD, JSON_WRAPPER, READY_MARK } from './trace.ts';

/**
 * The in-page half of the benchmark, installed with page.addInitScript before any script of the
 * page runs. Plain JavaScript in a string: functions handed to page.evaluate from a tsx-compiled
 * module can carry helpers (__name) that do not exist in the page.
 *
 * Every time is performance.now() in the page (milliseconds since navigation start), so Playwright's
 * round trips never enter a measurement:
 *
 *   __bench.readyAt   when [data-testid=map] got data-map-ready="true"; also a user-timing mark
 *                     "bench:map-ready", which ends the window of a performance trace (trace.ts)
 *   __bench.events    Event Timing entries (PerformanceObserver 'event' with durationThreshold
 *                     16, and 'first-input'), read after each click by __bench.eventTiming
 *   __bench.arm(spec) then a real (trusted) click from Playwright; __bench.pending resolves with
 *                     clickAt (the click event's timeStamp), domAt (the DOM shows the expected
 *                     state: spec.type 'filter', 'toggle' or 'select'), renderAt (the map's first 'render'
 *                     after domAt: the frame with the new feature-state, which React set in the
 *                     same task), idleAt (the map's next 'idle' after domAt: everything drawn,
 *                     tiles included) and paintAt (two animation frames after domAt: the browser
 *                     has produced a frame since).
 */
export const HARNESS = String.raw`
(() => {
  if (window.__bench) return;
  const B = (window.__bench = { readyAt: null, pending: null, errors: [], events: [] });
  const markReady = () => {
    if (B.readyAt === null && document.querySelector('[data-testid="map"][data-map-ready="true"]')) {
      B.readyAt = performance.now();
      performance.mark('${READY_MARK}');
    }
  };

  // response.json() as text() then JSON.parse in functions of these names, so that the CPU
  // profile of a trace shows JSON apart (Blink's own json() does the same work: the body as
  // text, then V8's JSON parser, on the main thread).
  function ${JSON_WRAPPER}(text) {
    return JSON.parse(text);
  }
  Response.prototype.json = function ${JSON_METHOD}() {
    return this.text().then(${JSON_WRAPPER});
  };

  // Event Timing, as browsers measure interactions for INP.
  const keep = (list) => {
    for (const e of list.getEntries()) {
      B.events.push({
        name: e.name,
        entryType: e.entryType,
        interactionId: e.interactionId || 0,
        startTime: e.startTime,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        duration: e.duration,
      });
    }
  };
  try {
    new PerformanceObserver(keep).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver(keep).observe({ type: 'first-input', buffered: true });
  } catch (e) {
    B.errors.push('Event Timing: ' + e);
  }
  // The entries that started after 'since' (performance.now()): resolves once the click's own
  // entry has come and no other for 150 ms (pointerup, mouseup and click come together, with the
  // frame that presents them; a hover before the click and its pointerdown may come a frame or
  // more earlier), or after timeoutMs (the click event took less than 16 ms; what came is kept).
  B.eventTiming = (since, timeoutMs) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      let count = -1;
      let changed = t0;
      const tick = () => {
        const mine = B.events.filter((e) => e.startTime >= since);
        const now = performance.now();
        if (mine.length !== count) {
          count = mine.length;
          changed = now;
        }
        const clicked = mine.some((e) => e.name === 'click');
        if ((clicked && now - changed >= 150) || now - t0 >= timeoutMs) resolve(mine);
        else setTimeout(tick, 20);
      };
      tick();
    });
  new MutationObserver(markReady).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-map-ready'],
  });
  window.addEventListener('error', (e) => B.errors.push(String(e.message)));

  // Polls check() until it is truthy (resolves its value) or timeoutMs pass (resolves null).
  // Playwright's waitForFunction with a string would need eval, which the app's CSP forbids.
  B.waitFor = (check, timeoutMs) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const tick = () => {
        let value = null;
        try {
          value = check();
        } catch (e) {
          value = null;
        }
        if (value) resolve(value);
        else if (performance.now() - t0 > timeoutMs) resolve(null);
        else setTimeout(tick, 50);
      };
      tick();
    });

  const digits = (text) => String(text == null ? '' : text).replace(/\D/g, '');
  B.mapElement = () => document.querySelector('[data-testid="map"]');
  B.map = () => {
    const el = B.mapElement();
    return (el && el.__map) || null;
  };

  // Resolves once the map has drawn nothing for quietMs (or after maxMs).
  B.settle = (quietMs, maxMs) =>
    new Promise((resolve) => {
      const map = B.map();
      const t0 = performance.now();
      let last = t0;
      const onRender = () => {
        last = performance.now();
      };
      if (map) map.on('render', onRender);
      const tick = () => {
        const now = performance.now();
        if (now - last >= quietMs || now - t0 >= maxMs) {
          if (map) map.off('render', onRender);
          resolve(now - t0);
        } else setTimeout(tick, 20);
      };
      setTimeout(tick, 20);
    });

  // The theme chips: button[aria-pressed] in the fieldset whose legend is the given text.
  B.chipButtons = (legend) => {
    const fieldset = [...document.querySelectorAll('fieldset')].find(
      (f) => f.querySelector('legend') && f.querySelector('legend').textContent.trim() === legend,
    );
    if (!fieldset) return null;
    return [...fieldset.querySelectorAll('button[aria-pressed]')];
  };
  const chipCount = (button) => {
    const count = button.querySelector('.chip__count');
    if (count) return digits(count.textContent);
    const m = /(\d[\d\s\u00a0]*)\s*$/.exec(button.textContent || '');
    return m ? digits(m[1]) : '';
  };
  B.chips = (legend) => {
    const buttons = B.chipButtons(legend);
    if (!buttons) return { error: 'no fieldset with legend "' + legend + '"' };
    if (buttons.length === 0) return { error: 'no button[aria-pressed] in fieldset "' + legend + '"' };
    return {
      chips: buttons.map((b, index) => ({
        index,
        label: (b.textContent || '').trim(),
        pressed: b.getAttribute('aria-pressed') === 'true',
        disabled: b.disabled,
        count: chipCount(b),
      })),
    };
  };
  const centre = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  B.chipPoint = (legend, index) => {
    const button = (B.chipButtons(legend) || [])[index];
    if (!button) return { error: 'chip ' + index + ' not found' };
    button.scrollIntoView({ block: 'center' });
    const p = centre(button);
    const hit = document.elementFromPoint(p.x, p.y);
    if (!hit || !button.contains(hit)) return { error: 'chip ' + index + ' is covered' };
    return p;
  };
  const resultsCount = () => {
    const results = document.querySelector('[data-testid="results"]');
    if (!results) return null;
    const count = results.querySelector('h2 .count') || results.querySelector('h2') || results;
    return digits(count.textContent);
  };

  // Where to click a municipality: its label point, if a click there reaches it on the canvas.
  // Where to click a municipality: its label point (rounded to whole pixels), if a click there
  // and 2 px around it reaches that municipality on the canvas.
  B.municipalityPoint = (code, lon, lat) => {
    const map = B.map();
    if (!map) return { error: 'no map instance on [data-testid=map] (__map)' };
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const p = map.project([lon, lat]);
    const x = Math.round(rect.left + p.x);
    const y = Math.round(rect.top + p.y);
    const px = x - rect.left;
    const py = y - rect.top;
    if (px < 4 || py < 4 || px > rect.width - 4 || py > rect.height - 4) {
      return { error: 'outside the map' };
    }
    for (const [dx, dy] of [[0, 0], [-2, 0], [2, 0], [0, -2], [0, 2]]) {
      if (document.elementFromPoint(x + dx, y + dy) !== canvas) return { error: 'covered' };
      const hit = map
        .queryRenderedFeatures([px + dx, py + dy])
        .find((f) => f.layer.type === 'fill' && f.properties && f.properties.code !== undefined);
      if (!hit || String(hit.properties.code) !== code) return { error: 'another feature on top' };
    }
    return { x, y };
  };

  const describe = (spec) => {
    const el = B.mapElement();
    const title = document.querySelector('#panel-title');
    const chip = spec.type === 'filter' ? (B.chipButtons(spec.legend) || [])[spec.index] : null;
    return JSON.stringify({
      chipPressed: chip ? chip.getAttribute('aria-pressed') : undefined,
      results: resultsCount(),
      selected: el ? el.getAttribute('data-selected') : undefined,
      panelTitle: title ? title.textContent : null,
    });
  };
  const reached = (spec) => {
    if (spec.type === 'filter') {
      const chip = (B.chipButtons(spec.legend) || [])[spec.index];
      if (!chip || chip.getAttribute('aria-pressed') !== String(spec.pressed)) return false;
      const count = resultsCount();
      return spec.pressed ? count !== null && count === spec.count : count === null;
    }
    if (spec.type === 'toggle') {
      const button = document.querySelector('[data-testid="' + spec.testid + '"]');
      return Boolean(button && button.getAttribute('aria-pressed') === String(spec.pressed));
    }
    if (spec.type === 'select') {
      const el = B.mapElement();
      if (!el || el.getAttribute('data-selected') !== spec.code) return false;
      if (spec.panel === false) return true;
      const title = document.querySelector('#panel-title');
      return Boolean(title && (title.textContent || '').includes(spec.name));
    }
    throw new Error('unknown spec ' + spec.type);
  };

  B.arm = (spec) => {
    const s = {
      armedAt: performance.now(),
      clickAt: null,
      domAt: null,
      renderAt: null,
      paintAt: null,
      idleAt: null,
      error: null,
    };
    let done = false;
    let timeout = 0;
    let observer = null;
    let onClick = null;
    B.pending = new Promise((resolve) => {
      const finish = (error) => {
        if (done) return;
        done = true;
        if (error) s.error = error;
        if (observer) observer.disconnect();
        window.removeEventListener('click', onClick, true);
        clearTimeout(timeout);
        resolve(s);
      };
      const onChange = () => {
        if (s.clickAt === null || s.domAt !== null || done) return;
        let ok = false;
        try {
          ok = reached(spec);
        } catch (e) {
          finish(String(e));
          return;
        }
        if (!ok) return;
        s.domAt = performance.now();
        observer.disconnect();
        const map = B.map();
        let painted = false;
        let idle = !map;
        const maybe = () => {
          if (s.idleAt !== null || (painted && idle)) finish(null);
        };
        if (map) {
          const t = setTimeout(() => {
            idle = true;
            maybe();
          }, spec.idleTimeoutMs || 3000);
          map.once('render', () => {
            s.renderAt = performance.now();
          });
          map.once('idle', () => {
            s.idleAt = performance.now();
            clearTimeout(t);
            idle = true;
            maybe();
          });
        }
        // Two frames on, the map has started its frame if it had anything to redraw; if it has
        // not, there is nothing to wait for.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            s.paintAt = performance.now();
            painted = true;
            if (s.renderAt === null) idle = true;
            maybe();
          }),
        );
      };
      observer = new MutationObserver(onChange);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      onClick = (e) => {
        if (s.clickAt !== null) return;
        s.clickAt = e.timeStamp;
        queueMicrotask(onChange);
      };
      window.addEventListener('click', onClick, true);
      timeout = setTimeout(
        () => finish('no ' + JSON.stringify(spec) + ' within ' + (spec.timeoutMs || 10000) + ' ms; saw ' + describe(spec)),
        spec.timeoutMs || 10000,
      );
    });
    return true;
  };

  // Arms a filter measurement and returns where to click the chip.
  B.armChip = (spec) => {
    const point = B.chipPoint(spec.legend, spec.index);
    if (!point.error) B.arm(spec);
    return point;
  };

  // Arms a toggle measurement (the baseline's filter button) and returns where to click it.
  B.armToggle = (spec) => {
    const button = document.querySelector('[data-testid="' + spec.testid + '"]');
    if (!button) return { error: 'no [data-testid=' + spec.testid + ']' };
    const point = centre(button);
    if (!button.contains(document.elementFromPoint(point.x, point.y))) {
      return { error: spec.testid + ' is covered' };
    }
    B.arm(spec);
    return point;
  };

  // The municipalities to click, in order: [{ code, name, lon, lat }].
  B.setMunicipalities = (list) => {
    B.municipalities = list;
    return list.length;
  };
  // From index start on, the first municipality that is not selected and can be clicked at its
  // label point in the current view, once the camera has come to rest (the same point over two
  // quiet spells of the map).
  B.pickMunicipality = async (start) => {
    const list = B.municipalities || [];
    const selected = B.mapElement().getAttribute('data-selected');
    let last = null;
    for (let round = 0; round < 10; round++) {
      await B.settle(100, 5000);
      let found = null;
      for (let k = 0; k < list.length && !found; k++) {
        const index = (start + k) % list.length;
        const m = list[index];
        if (m.code === selected) continue;
        const p = B.municipalityPoint(m.code, m.lon, m.lat);
        if (!p.error) found = { index, code: m.code, name: m.name, x: p.x, y: p.y };
      }
      if (!found) return { error: 'no municipality can be clicked in this view' };
      if (last && last.code === found.code && Math.hypot(last.x - found.x, last.y - found.y) < 0.5) {
        return found;
      }
      last = found;
    }
    return last;
  };
  B.settleAndArm = async (spec) => {
    await B.settle(100, 3000);
    return B.arm(spec);
  };
})();
`;
