import { useCallback, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { coverRef } from '../map/session';
import { useViewStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { PHONE_LAYOUT, useMediaQuery } from '../ui/useMediaQuery';

/**
 * A map narrower than this starts with its legend folded: at 1280 with a municipality's panel
 * open, the open legend would cover a third of the map (half with the cooperation links).
 */
export const NARROW_MAP_PX = 720;

/** Whether the map area (the element's parent) is narrow, kept up to date as it resizes. */
function useNarrowMap() {
  const [narrow, setNarrow] = useState(false);
  const measure = useCallback((element: HTMLElement | null) => {
    const area = element?.parentElement;
    if (!element || !area) return undefined;
    const observer = new ResizeObserver(() => setNarrow(area.clientWidth < NARROW_MAP_PX));
    observer.observe(area);
    const uncover = coverRef(element);
    return () => {
      observer.disconnect();
      uncover?.();
    };
  }, []);
  return [narrow, measure] as const;
}

/**
 * The legend's frame over the map's corner: a button folds it to one line. Folded, the map's title
 * (MapTop) says what the map shows, and the button's name repeats the legend's title for a screen
 * reader; shown on the button too, it would say it twice and crowd a phone's or an embed's corner. It starts folded where the map is small: on a phone, in an
 * embed and on a narrow map (a panel open beside it); the reader's choice wins once made. A notice
 * (`notice`) stays in sight outside the fold, and the camera keeps clear of the whole frame.
 */
export function LegendBox({
  title,
  notice,
  children,
}: {
  title: string;
  notice?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const phone = useMediaQuery(PHONE_LAYOUT);
  const embed = useViewStore((s) => s.embed);
  const chosen = useViewStore((s) => s.legendOpen);
  const setOpen = useViewStore((s) => s.setLegendOpen);
  const [narrow, measure] = useNarrowMap();
  const open = chosen ?? !(phone || embed || narrow);
  return (
    <div
      className={`map-overlay map-overlay--legend${open ? '' : ' map-overlay--collapsed'}`}
      ref={measure}
      data-testid="legend-box"
    >
      <div className="legend-box__head">
        {notice}
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          aria-controls="legend-body"
          onClick={() => setOpen(!open)}
        >
          {t('legend.toggle')}
          {open ? null : (
            // The map's title above says it on screen; a screen reader hears it on the button.
            <span className="visually-hidden" data-testid="legend-folded-title">
              : {title}
            </span>
          )}
          <Icon name="chevron" />
        </button>
      </div>
      <div id="legend-body" className="legend-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
