import { URL_VERSION, VERSION_PARAM, type Warn } from './params';

/** Takes the parameters of a link of version `from` to version `from + 1`, in place. */
export interface Migration {
  from: number;
  /** What changed, for the reader of this list. */
  change: string;
  up(params: URLSearchParams): void;
}

/**
 * Every change of the URL's meaning since links were first shared, oldest first: migration i
 * reads version i. Links without a version are version 0.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    change: 'the selected municipality was kommun=; it is m=',
    up(params) {
      const kommun = params.get('kommun');
      params.delete('kommun');
      if (kommun !== null && !params.has('m')) params.set('m', kommun);
    },
  },
];

/**
 * The parameters of a link of any known version, as the current version reads them. An unknown
 * version (from a newer app, or mistyped) is read as the current one, with a warning.
 */
export function migrate(params: URLSearchParams, warn: Warn): URLSearchParams {
  const raw = params.get(VERSION_PARAM);
  const version = raw === null ? 0 : Number(raw);
  const out = new URLSearchParams(params);
  out.delete(VERSION_PARAM);
  if (!/^\d+$/.test(raw ?? '0') || version > URL_VERSION) {
    warn(`unknown URL version "${raw}", read as version ${URL_VERSION}`);
    return out;
  }
  for (const migration of MIGRATIONS) if (migration.from >= version) migration.up(out);
  return out;
}
