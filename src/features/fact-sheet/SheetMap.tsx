import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import type { MunicipalityMapData } from '../../map/types';
import { LIGHT_THEME as THEME } from '../../map/theme';
import { sheetMap, type AreaRole } from './sheet-map';

/** The map's frame in SVG units: 1 unit is about 0.23 mm on the printed page. */
const WIDTH = 360;
const HEIGHT = 330;
const PADDING = 16;

/** The municipality stands out in the accent colour; its neighbours are paper, the rest grey. */
const FILL: Record<AreaRole, string> = {
  self: '#f2d3c3',
  neighbour: '#ffffff',
  context: THEME.contextFill,
};

/**
 * The municipality, its neighbours (named) and the border between the counties, as SVG. The
 * names are text in the SVG, so they print as sharp as the rest and can be found in the PDF.
 */
export function SheetMap({
  data,
  code,
  label,
}: {
  data: MunicipalityMapData;
  code: string;
  label: string;
}) {
  const { t } = useI18n();
  const model = useMemo(
    () => sheetMap({ ...data, code, width: WIDTH, height: HEIGHT, padding: PADDING }),
    [data, code],
  );
  if (!model) return null;
  const self = model.areas.find((a) => a.role === 'self');
  const bar = model.scaleBar;
  return (
    <>
      <svg
        className="sheet-map"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        data-testid="sheet-map"
      >
        <rect width={WIDTH} height={HEIGHT} fill={THEME.sea} />
        <path d={model.land} fill={THEME.land} />
        {model.areas.map((a) => (
          <path
            key={a.code}
            d={a.d}
            data-code={a.code}
            data-role={a.role}
            fill={FILL[a.role]}
            stroke={THEME.countryBorder}
            strokeWidth={0.6}
            strokeLinejoin="round"
          />
        ))}
        <path d={model.countryBorders} fill="none" stroke={THEME.inkMuted} strokeWidth={0.9} />
        <path
          d={model.countyBorder}
          fill="none"
          stroke={THEME.countyBorder}
          strokeWidth={1.8}
          strokeDasharray="6 3"
          data-testid="sheet-map-county-border"
        />
        {self ? <path d={self.d} fill="none" stroke={THEME.highlightLine} strokeWidth={2} /> : null}
        <g className="sheet-map__labels" textAnchor="middle" fill={THEME.label}>
          {model.labels.map((l) => (
            <text
              key={l.code}
              x={l.x}
              y={l.y}
              dy="0.35em"
              className={`sheet-map__label sheet-map__label--${l.role}`}
              stroke={THEME.labelHalo}
            >
              {l.name}
            </text>
          ))}
        </g>
        <g transform={`translate(${PADDING / 2}, ${HEIGHT - PADDING / 2})`} fill={THEME.ink}>
          <rect width={bar.px} height={3} y={-3} />
          <text className="sheet-map__scale" x={bar.px + 4} y={0}>
            {bar.km} km
          </text>
        </g>
      </svg>
      {model.countyBorder ? <p className="sheet-map__key">{t('sheet.mapCountyBorder')}</p> : null}
    </>
  );
}
