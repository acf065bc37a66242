/**
 * The feature-state of the map, typed: the keys the style reads (`layers.ts`, through `flag` and
 * `stateValue`) and the keys the session writes are the same names, checked by the compiler.
 * Looks, highlights and the selection change only feature-state, never the GeoJSON.
 */

/** What a municipality is drawn with. */
export interface MunicipalityState {
  /** Its colour for the current metric; null: the plain fill. */
  fill: string | null;
  /** The metric has no value for it: drawn hatched. */
  noData: boolean;
  /** It has no match for the current filters. */
  dimmed: boolean;
  hover: boolean;
  selected: boolean;
  highlighted: boolean;
}

/** How a cooperation link is drawn. */
export interface LinkState {
  highlighted: boolean;
  dimmed: boolean;
}

/** A municipality's state from its look for the metric and what the user points at or chose. */
export function municipalityState(
  look: { fill?: string; noData?: boolean; dimmed?: boolean } | undefined,
  hover: boolean,
  selected: boolean,
  highlighted: boolean,
): MunicipalityState {
  const fill = look?.fill ?? null;
  return { fill, noData: !!look?.noData, dimmed: !!look?.dimmed, hover, selected, highlighted };
}

/** A link's state from its look (unset: neither highlighted nor dimmed). */
export const linkState = (look: Partial<LinkState> | undefined): LinkState => ({
  highlighted: !!look?.highlighted,
  dimmed: !!look?.dimmed,
});

export type StateKey = keyof MunicipalityState | keyof LinkState;

/** The keys whose value is a flag (every key but the fill). */
export type FlagKey = {
  [K in StateKey]: (MunicipalityState & LinkState)[K] extends boolean ? K : never;
}[StateKey];

/**
 * The fields of `next` that differ from `previous` (all of them when nothing was written yet), or
 * null when none does: what `setFeatureState` must be told, and nothing more.
 */
export function stateChanges<S extends object>(
  next: S,
  previous: Readonly<S> | undefined,
): Partial<S> | null {
  if (!previous) return { ...next };
  const changes: Partial<S> = {};
  let changed = false;
  for (const key of Object.keys(next) as (keyof S)[]) {
    if (next[key] === previous[key]) continue;
    changes[key] = next[key];
    changed = true;
  }
  return changed ? changes : null;
}

/**
 * The states written to one source, by feature id: `sync` writes what differs from what was
 * written before (one diff for every kind of change), `forget` starts again (new data).
 */
export function featureStates<Id, S extends object>(write: (id: Id, changes: Partial<S>) => void) {
  const written = new Map<Id, S>();
  return {
    sync(id: Id, next: S): void {
      const changes = stateChanges(next, written.get(id));
      if (!changes) return;
      written.set(id, next);
      write(id, changes);
    },
    forget: () => written.clear(),
  };
}

export type FeatureStates<Id, S extends object> = ReturnType<typeof featureStates<Id, S>>;
