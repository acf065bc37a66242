import { useSyncExternalStore } from 'react';
import { mapSession, type MapSessionState } from '../../map/session';

/**
 * A part of the map session (src/map/session.ts) as React state: the view re-renders when that
 * part changes. `select` must return a part of the state as it is (no new object or array).
 */
export function useMapSession<T>(select: (state: MapSessionState) => T): T {
  return useSyncExternalStore(mapSession.subscribe, () => select(mapSession.get()));
}
