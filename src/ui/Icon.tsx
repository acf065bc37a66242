/** Outline icons on a 24 px grid, drawn with the current text colour. */
const PATHS = {
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  // Four corners: the view widens to the whole region.
  region: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  share:
    'M8.6 13.5l6.8 4M15.4 6.5l-6.8 4M18 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 22a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  filter: 'M4 6h16M7 12h10M10 18h4',
  map: 'M9 4L3 6v14l6-2 6 2 6-2V4l-6 2-6-2zM9 4v14M15 6v14',
  list: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
  figures: 'M5 20V10M12 20V4M19 20v-7',
  chevron: 'M6 9l6 6 6-6',
  compare: 'M7 4v16M17 4v16M3 8h8M13 16h8',
} as const;

export type IconName = keyof typeof PATHS;

/** Decorative: the button or link it sits in carries the name. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className={`icon icon--${name}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
