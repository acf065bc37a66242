import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ComparisonMember } from '../../domain/compare';
import { useI18n } from '../../i18n';
import { useComparisonHover } from '../../state/comparison-hover';

/** Pointer and keyboard focus on a municipality's header highlight it on the map. */
function useHoverHandlers(code: string) {
  const onHover = useComparisonHover((s) => s.setCode);
  return {
    onMouseEnter: () => onHover(code),
    onMouseLeave: () => onHover(null),
    onFocus: () => onHover(code),
    onBlur: () => onHover(null),
  };
}

/**
 * A municipality's name, what it is in the comparison (text, not colour), and optionally a
 * remove button: the head of its column, or of its card on a phone.
 */
function MemberLabel({
  member,
  onRemove,
}: {
  member: ComparisonMember;
  onRemove?: (code: string) => void;
}) {
  const { t } = useI18n();
  const { municipality: m } = member;
  const role = member.isBase
    ? t('compare.base')
    : member.neighbour
      ? t('compare.neighbour')
      : t('compare.added');
  return (
    <>
      <span className="compare-table__name">{m.name}</span>
      <span className="compare-table__role">
        {role}
        {member.outside ? `, ${t('compare.outside')}` : ''}
      </span>
      {onRemove && !member.isBase ? (
        <button
          type="button"
          className="compare-table__remove"
          data-remove={m.code}
          onClick={() => onRemove(m.code)}
        >
          <span aria-hidden="true">× </span>
          {t('compare.remove')}
          <span className="visually-hidden"> {m.name}</span>
        </button>
      ) : null}
    </>
  );
}

function MemberHeader({
  member,
  onRemove,
}: {
  member: ComparisonMember;
  onRemove?: (code: string) => void;
}) {
  const { code } = member.municipality;
  const hover = useHoverHandlers(code);
  return (
    <th
      scope="col"
      className={`compare-table__member${member.isBase ? ' compare-table__member--base' : ''}`}
      data-code={code}
      {...hover}
    >
      <MemberLabel member={member} onRemove={onRemove} />
    </th>
  );
}

/**
 * A box that scrolls sideways and shows it: a shadow at each edge with more beyond it, and a
 * written hint (which the scrolling region is described by) while anything is cut.
 */
function SideScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const hintId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ before: false, after: false });
  useEffect(() => {
    const box = ref.current!;
    const update = () => {
      const before = box.scrollLeft > 1;
      const after = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setEdges((e) => (e.before === before && e.after === after ? e : { before, after }));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);
  const cut = edges.before || edges.after;
  return (
    <div
      className={`side-scroll${edges.before ? ' side-scroll--before' : ''}${edges.after ? ' side-scroll--after' : ''}`}
    >
      {cut ? (
        <p id={hintId} className="side-scroll__hint">
          {t('compare.scrollHint')}
        </p>
      ) : null}
      <div
        ref={ref}
        className="compare-scroll"
        tabIndex={0}
        role="region"
        aria-label={label}
        aria-describedby={cut ? hintId : undefined}
      >
        {children}
      </div>
    </div>
  );
}

/**
 * A table of the comparison: one column per member, headed by MemberHeader; it scrolls sideways
 * with the row labels fixed, and is named by its caption.
 */
export function CompareTable({
  caption,
  testId,
  modifier,
  corner,
  members,
  onRemove,
  children,
}: {
  caption: string;
  testId: string;
  /** A variant of the table's look (compare-table--<modifier>). */
  modifier?: string;
  /** The heading of the row labels. */
  corner: string;
  members: ComparisonMember[];
  onRemove?: (code: string) => void;
  children: ReactNode;
}) {
  return (
    <SideScroll label={caption}>
      <table
        className={`compare-table${modifier ? ` compare-table--${modifier}` : ''}`}
        data-testid={testId}
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="compare-table__corner">
              {corner}
            </th>
            {members.map((m) => (
              <MemberHeader key={m.municipality.code} member={m} onRemove={onRemove} />
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </SideScroll>
  );
}

function MemberCard({
  member,
  onRemove,
  children,
}: {
  member: ComparisonMember;
  onRemove?: (code: string) => void;
  children: ReactNode;
}) {
  const { code } = member.municipality;
  const hover = useHoverHandlers(code);
  return (
    <li
      className={`card compare-card${member.isBase ? ' compare-card--base' : ''}`}
      data-code={code}
      {...hover}
    >
      <div className="compare-card__head">
        <MemberLabel member={member} onRemove={onRemove} />
      </div>
      {children}
    </li>
  );
}

/**
 * The comparison on a phone: one card per municipality, side by side, swiped (each snaps into
 * place; the next one shows at the edge).
 */
export function CompareCards({
  caption,
  testId,
  members,
  onRemove,
  card,
}: {
  caption: string;
  testId: string;
  members: ComparisonMember[];
  onRemove?: (code: string) => void;
  /** What a municipality's card holds below its name. */
  card: (member: ComparisonMember) => ReactNode;
}) {
  return (
    <SideScroll label={caption}>
      <ul className="compare-cards" data-testid={testId}>
        {members.map((m) => (
          <MemberCard key={m.municipality.code} member={m} onRemove={onRemove}>
            {card(m)}
          </MemberCard>
        ))}
      </ul>
    </SideScroll>
  );
}
