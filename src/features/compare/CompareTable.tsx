import type { ReactNode } from 'react';
import type { ComparisonMember } from '../../domain/compare';
import { useI18n } from '../../i18n';
import { useComparisonHover } from '../../state/comparison-hover';

/**
 * A municipality's column header: its name, what it is in the comparison (text, not colour), and
 * optionally a remove button. Pointer and keyboard focus on it highlight it on the map.
 */
function MemberHeader({
  member,
  onRemove,
}: {
  member: ComparisonMember;
  onRemove?: (code: string) => void;
}) {
  const { t } = useI18n();
  const onHover = useComparisonHover((s) => s.setCode);
  const { municipality: m } = member;
  const role = member.isBase
    ? t('compare.base')
    : member.neighbour
      ? t('compare.neighbour')
      : t('compare.added');
  return (
    <th
      scope="col"
      className={`compare-table__member${member.isBase ? ' compare-table__member--base' : ''}`}
      data-code={m.code}
      onMouseEnter={() => onHover(m.code)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(m.code)}
      onBlur={() => onHover(null)}
    >
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
    </th>
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
    <div className="compare-scroll" tabIndex={0} role="group" aria-label={caption}>
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
    </div>
  );
}
