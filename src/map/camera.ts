/**
 * The camera's rules as pure functions: what to frame (the comparison, a selection with its
 * neighbours, the matches of the filters, the region), whether a click's place is in view, when
 * the camera is the user's, and how to keep the subject clear of what covers the map. The driver
 * (camera-driver.ts) measures, asks these functions, and moves MapLibre as they answer.
 */
import { contains, freeRect, insetsOf, overlap, type Insets, type Rect } from './free-area';
import { unionOf, type Bbox } from './sources';

/** Never closer than a municipality with its neighbours, whatever the screen. */
export const MAX_FRAMING_ZOOM = 7;
/** An uncovered part smaller than this (an expanded sheet, an open drawer) is not framed into. */
export const MIN_FREE_PX = 96;
/**
 * Room kept for the names at the edges of what is framed, in pixels: a name is drawn around its
 * point and wider than many municipalities (Haparanda's reads east across the border), so the
 * framed shapes alone would leave names cut at the map's edge or under what covers it.
 */
export const LABEL_ROOM = { horizontal: 64, vertical: 20 } as const;
/** A click's selection is checked again while covers move in after it (the sheet opening). */
export const CLICK_CHECK_MS = 800;

/** The boxes to frame, as `boundsOf` (sources.ts) makes them. */
export interface Bounds {
  region: Bbox;
  byCode: ReadonlyMap<string, Bbox>;
  withNeighbours: ReadonlyMap<string, Bbox>;
}

/** What is chosen: the selection and the comparison (known codes only). */
export interface Scene {
  selected: string | null;
  comparison: readonly string[];
}

export interface CameraState {
  /**
   * What the camera frames, kept in the uncovered part of the map as covers come and go; null
   * once the user moves the map (or clicks it where they are looking): then the camera is theirs.
   */
  subject: Bbox | null;
  /** The selection of a click on the map, framed only if it is not fully in view by `until`. */
  clickCheck: { box: Bbox; until: number } | null;
  /** The map's size and padding as last laid out. */
  layoutKey: string;
}

const unionOfCodes = (codes: readonly string[], bounds: Bounds) =>
  unionOf(codes.map((c) => bounds.byCode.get(c)!));

/** Frames the comparison, else the selection with its neighbours, else the whole region. */
export function framing(scene: Scene, bounds: Bounds): Bbox {
  if (scene.comparison.length > 0) return unionOfCodes(scene.comparison, bounds);
  if (scene.selected) return bounds.withNeighbours.get(scene.selected)!;
  return bounds.region;
}

/**
 * What a new selection frames: its place with its neighbours, the same from every way in. Nothing
 * when the selection is closed or the comparison, which frames its whole set, is open.
 */
export function selectionMove(scene: Scene, bounds: Bounds): Bbox | null {
  return scene.selected && scene.comparison.length === 0 ? framing(scene, bounds) : null;
}

/** What a changed comparison frames: its set; when it closes, the selection again. */
export function comparisonMove(scene: Scene, bounds: Bounds): Bbox | null {
  return scene.selected || scene.comparison.length > 0 ? framing(scene, bounds) : null;
}

/**
 * The filters' matches among the focus municipalities, as a key ('all' when every one matches)
 * and the box that frames them: one with its neighbours, several together, or the region.
 */
export function matchesOf(
  focus: Iterable<string>,
  dimmed: (code: string) => boolean,
  bounds: Bounds,
): { key: string; box: Bbox | null } {
  const all = [...focus];
  const matching = all.filter((code) => !dimmed(code)).sort();
  if (matching.length === all.length) return { key: 'all', box: bounds.region };
  const box =
    matching.length === 0
      ? null
      : matching.length === 1
        ? bounds.withNeighbours.get(matching[0]!)!
        : unionOfCodes(matching, bounds);
  return { key: matching.join(), box };
}

export interface SettleInput {
  /** The map's rectangle and the elements shown over or beside it, in the container's pixels. */
  area: Rect;
  covers: readonly Rect[];
  /** Where a box of longitudes and latitudes lies on screen now. */
  onScreen: (box: Bbox) => Rect;
  now: number;
  /** Ease to the subject (a choice of the user's), rather than jump (a resize). */
  animate: boolean;
  /** Frame the subject even if the layout did not change. */
  refit: boolean;
  /** The map is already moving (an easing under way): keep moving rather than jump. */
  moving: boolean;
  reducedMotion: boolean;
  /** The least margin at the edges, for the names drawn there (the driver gives LABEL_ROOM). */
  labelRoom?: { horizontal: number; vertical: number };
}

export type CameraMove =
  /** MapLibre's fitBounds of `fit` with `options`. */
  | {
      fit: Bbox;
      options: { padding: Insets; absolutePadding: true; maxZoom: number; duration: number };
    }
  /** The same picture with a new padding: the padded centre goes to the screen point `centre`. */
  | { padding: Insets; centre: [number, number] };

/**
 * Where the camera goes after a change of size, covers or subject: MapLibre's padding becomes what
 * covers the map, and the subject is framed in the largest uncovered rectangle of its shape, with
 * a margin and room for the names at its edges (LABEL_ROOM). Without a subject the view stays as the user left it (the padding changes, the
 * picture does not).
 */
export function settle(
  state: CameraState,
  input: SettleInput,
): { state: CameraState; move: CameraMove | null } {
  const { area, onScreen } = input;
  const covers = input.covers.flatMap((c) => overlap(area, c) ?? []);
  let { subject, clickCheck } = state;
  let refit = input.refit;
  if (clickCheck) {
    const shown = onScreen(clickCheck.box);
    if (input.now > clickCheck.until) clickCheck = null;
    else if (!contains(area, shown) || covers.some((c) => overlap(shown, c))) {
      subject = clickCheck.box;
      clickCheck = null;
      refit = true;
    } else {
      // In view where the user clicked: the camera is theirs from here.
      subject = null;
    }
  }
  const shape = subject ? onScreen(subject) : null;
  const aspect = shape ? (shape.right - shape.left) / Math.max(1, shape.bottom - shape.top) : 0;
  const free = freeRect(area, covers, aspect || undefined);
  if (!free || free.right - free.left < MIN_FREE_PX || free.bottom - free.top < MIN_FREE_PX) {
    return { state: { ...state, subject, clickCheck }, move: null };
  }
  const margin = Math.round(
    Math.max(8, Math.min(48, Math.min(free.right - free.left, free.bottom - free.top) / 10)),
  );
  const insets = insetsOf(area, free);
  const room = input.labelRoom ?? { horizontal: 0, vertical: 0 };
  const across = Math.max(margin, room.horizontal);
  const upDown = Math.max(margin, room.vertical);
  const padding: Insets = {
    top: insets.top + upDown,
    right: insets.right + across,
    bottom: insets.bottom + upDown,
    left: insets.left + across,
  };
  const layoutKey = JSON.stringify([area.right, area.bottom, padding]);
  const changed = layoutKey !== state.layoutKey;
  let move: CameraMove | null = null;
  if (subject && (changed || refit)) {
    const motion = (input.animate || input.moving) && !input.reducedMotion;
    const options = { padding, absolutePadding: true as const, maxZoom: MAX_FRAMING_ZOOM };
    move = { fit: subject, options: { ...options, duration: motion ? 500 : 0 } };
  } else if (!subject && changed) {
    const centre: [number, number] = [
      (padding.left + area.right - padding.right) / 2,
      (padding.top + area.bottom - padding.bottom) / 2,
    ];
    move = { padding, centre };
  }
  return { state: { subject, clickCheck, layoutKey }, move };
}
