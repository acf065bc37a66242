// Runs before the app (a deferred classic script, first in document order). zod probes
// `new Function` when it builds its first object schema; the Content-Security-Policy forbids eval
// and would report that probe as a violation, so zod is told up front not to try.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
