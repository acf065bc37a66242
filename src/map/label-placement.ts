import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Where the municipality labels go. At the region's scale (zoom 4.4 on a 1280×720 laptop, 4.9 at
 * 1440×900) most names are wider than their municipality, so labels must be allowed to move:
 * each tries a few positions around its point (the build's pole of inaccessibility) and MapLibre
 * keeps the first that collides with no label placed before it. Who is placed first decides who
 * moves, so the order is a cartographic choice:
 *   1. the focus municipalities on their own area, smallest first: a small one (Vännäs, 540 km²)
 *      has no room to move, a large one (Kiruna) has plenty;
 *   2. the focus municipalities whose label reads outward across the national border (below);
 *   3. the context municipalities (Sollefteå, Örnsköldsvik, Strömsund) last: when space runs out,
 *      theirs are the labels dropped, never a focus one.
 */

/** Anchors with offsets in ems: "top" puts the text below the point, "left" to its right. */
type AnchorOffsets = (string | [number, number])[];

/** Centred on the point, then just below, above, left and right of it, then the diagonals. */
export const ANCHORS_AROUND: AnchorOffsets = [
  'center',
  [0, 0],
  'top',
  [0, 0.5],
  'bottom',
  [0, -0.5],
  'right',
  [-0.5, 0],
  'left',
  [0.5, 0],
  'top-right',
  [-0.3, 0.3],
  'top-left',
  [0.3, 0.3],
  'bottom-right',
  [-0.3, -0.3],
  'bottom-left',
  [0.3, -0.3],
];

/**
 * Starting at the point and reading east (slightly up or down if need be), then the usual places.
 * For a narrow strip along the Torne river the east side is Finland, where no label competes,
 * while centred the name would lie over the neighbour to the west (Övertorneå over Överkalix).
 */
export const ANCHORS_OUTWARD: AnchorOffsets = [
  'left',
  [0, 0],
  'bottom-left',
  [0, -0.3],
  'top-left',
  [0, 0.3],
  ...ANCHORS_AROUND,
];

/**
 * Municipalities narrower than their name at the region's scale that lie along the national
 * border, whose labels read outward at low zooms: Övertorneå and Haparanda (the Torne valley).
 */
export const OUTWARD_LABELS: ReadonlySet<string> = new Set(['2518', '2583']);

/** From this zoom every name fits inside its municipality: all labels are centred first. */
export const OUTWARD_UNTIL_ZOOM = 6;

/** The label of one municipality, as far as placement goes. */
export interface LabelCandidate {
  code: string;
  focus: boolean;
  areaKm2: number;
}

/** The placement order of the labels as symbol-sort-key values (lower is placed first). */
export function labelPriorities(labels: readonly LabelCandidate[]): Map<string, number> {
  const group = (l: LabelCandidate) => (!l.focus ? 2 : OUTWARD_LABELS.has(l.code) ? 1 : 0);
  const ordered = [...labels].sort(
    (a, b) => group(a) - group(b) || a.areaKm2 - b.areaKm2 || a.code.localeCompare(b.code),
  );
  return new Map(ordered.map((l, i) => [l.code, i]));
}

/** The layout of the label layer that places the labels (see above). */
export const LABEL_PLACEMENT = {
  'symbol-sort-key': ['get', 'priority'] as ExpressionSpecification,
  // Per-feature anchor lists need text-variable-anchor-offset: text-variable-anchor and
  // text-radial-offset give every label the same list.
  'text-variable-anchor-offset': [
    'step',
    ['zoom'],
    [
      'case',
      ['==', ['get', 'outward'], true],
      ['literal', ANCHORS_OUTWARD],
      ['literal', ANCHORS_AROUND],
    ],
    OUTWARD_UNTIL_ZOOM,
    ['literal', ANCHORS_AROUND],
  ] as ExpressionSpecification,
  'text-justify': 'auto' as const,
  // A pixel of air between names; halos may touch.
  'text-padding': 1,
};
