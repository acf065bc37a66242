import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { MunicipalityMap } from '../../map/controller';
import { isWebglFailure } from '../../map/maplibre';
import type { LinkLook, MunicipalityLook, MunicipalityMapData } from '../../map/types';
import type { CountyLabelText } from '../../map/layers';
import { LIGHT_THEME } from '../../map/theme';
import { mapSession } from '../../map/session';
import { useComparisonHover } from '../../state/comparison-hover';
import { isRestoringView } from '../../state/history';
import { useViewStore } from '../../state/store';

/** What the map shows besides the data: per-feature looks, highlights and links (feature-state). */
export interface MapLooks {
  municipalities: Map<string, MunicipalityLook>;
  highlighted: string[];
  links: GeoJSON.FeatureCollection;
  linkLooks: Map<number, LinkLook>;
  linksVisible: boolean;
  /** A county-level metric's label per county (name and figure); null for a municipal one. */
  countyLabels: CountyLabelText[] | null;
}

/**
 * Mounts the map once and feeds it the view state through store subscriptions, so that a map
 * frame never re-renders React. `data-selected`, `data-highlighted` and `data-undimmed` say what
 * the map shows (the scenarios read them); the map's own test hooks are in src/map/test-hooks.ts.
 */
export function MapView({ data, looks }: { data: MunicipalityMapData; looks: MapLooks }) {
  const { t } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const selected = useViewStore((s) => s.municipality);
  const [webgl] = useState(() => mapSession.get().webgl);
  const label = t('map.label');
  const mapRef = useRef<MunicipalityMap | null>(null);
  // A column pointed at in the comparison stands out on its own.
  const hovered = useComparisonHover((s) => s.code);
  const highlighted = useMemo(
    () => (hovered ? [hovered] : looks.highlighted),
    [hovered, looks.highlighted],
  );

  useEffect(() => {
    if (!webgl) return;
    const container = containerRef.current!;
    let map: MunicipalityMap;
    try {
      map = new MunicipalityMap({
        container,
        data,
        theme: LIGHT_THEME,
        label,
        onSelect: (code) => useViewStore.getState().selectMunicipality(code),
      });
    } catch (error) {
      // No WebGL context after all: the app switches to the list (the session's `webgl`).
      if (!isWebglFailure(error)) throw error;
      mapSession.webglFailed();
      return;
    }
    const initial = useViewStore.getState();
    map.setSelected(initial.municipality, { frame: false });
    map.setComparison(initial.compare, { frame: false });
    map.frameCurrent();
    mapRef.current = map;
    // The camera follows the selection and the comparison outside React (the controller owns it).
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (state.compare !== previous.compare) map.setComparison(state.compare);
      if (state.municipality !== previous.municipality) map.setSelected(state.municipality);
      // Back or Forward to a view without a selection or comparison: the start view again (a
      // closed panel keeps the picture where the user left it).
      const cleared = !state.municipality && state.compare.length === 0;
      const wasSet = Boolean(previous.municipality) || previous.compare.length > 0;
      if (cleared && wasSet && isRestoringView()) map.frameCurrent();
    });
    return () => {
      unsubscribe();
      mapRef.current = null;
      map.destroy();
    };
    // The map is made once per data set; the label is only its initial accessible name.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, webgl]);

  // View-state changes reach the map as feature-state and layer visibility, never as new data.
  useEffect(() => mapRef.current?.setLooks(looks.municipalities), [looks.municipalities, data]);
  // The camera follows the filters' matches: asked for here, never a side effect of the styling.
  useEffect(
    () => mapRef.current?.followMatches(looks.municipalities),
    [looks.municipalities, data],
  );
  useEffect(() => mapRef.current?.setHighlighted(highlighted), [highlighted, data]);
  useEffect(
    () => mapRef.current?.setLinks(looks.links, looks.linkLooks),
    [looks.links, looks.linkLooks, data],
  );
  useEffect(() => mapRef.current?.setLinksVisible(looks.linksVisible), [looks.linksVisible, data]);
  useEffect(() => mapRef.current?.setCountyLabels(looks.countyLabels), [looks.countyLabels, data]);

  useEffect(() => {
    containerRef.current?.querySelector('canvas')?.setAttribute('aria-label', label);
  }, [label]);

  return (
    <div className="map-frame">
      <div
        ref={containerRef}
        className="map"
        data-testid="map"
        data-selected={selected ?? undefined}
        data-highlighted={highlighted.length ? [...highlighted].sort().join(',') : undefined}
        data-undimmed={[...looks.municipalities]
          .filter(([, look]) => !look.dimmed)
          .map(([code]) => code)
          .sort()
          .join(',')}
      />
    </div>
  );
}
