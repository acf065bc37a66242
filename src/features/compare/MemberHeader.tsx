import type { ComparisonMember } from '../../domain/compare';
import { useCompareText } from '../../i18n/compare';

/**
 * A municipality's column header: its name, what it is in the comparison (text, not colour), and
 * optionally a remove button. Pointer and keyboard focus report it, so the map can highlight it.
 */
export function MemberHeader({
  member,
  onHover,
  onRemove,
}: {
  member: ComparisonMember;
  onHover?: (code: string | null) => void;
  onRemove?: (code: string) => void;
}) {
  const { t } = useCompareText();
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
      onMouseEnter={() => onHover?.(m.code)}
      onMouseLeave={() => onHover?.(null)}
      onFocus={() => onHover?.(m.code)}
      onBlur={() => onHover?.(null)}
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
