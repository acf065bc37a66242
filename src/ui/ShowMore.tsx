import { useState } from 'react';
import { useI18n } from '../i18n';

/**
 * How many rows a long list shows at first and adds per click. The two counties' 41 projects fit
 * in one page; 10 000 rows would cost seconds of render and layout on every filter click.
 */
export const PAGE_SIZE = 100;

/** How many of `items` to show: a page more per `more()`, the first page again for a new list. */
export function usePaged<T>(items: readonly T[], pageSize = PAGE_SIZE) {
  const [page, setPage] = useState({ items, shown: pageSize });
  // A new list (other filters, another sort) starts at its first page (state reset in render).
  if (page.items !== items) setPage({ items, shown: pageSize });
  const shown =
    page.items === items ? Math.min(page.shown, items.length) : Math.min(pageSize, items.length);
  return {
    shown,
    total: items.length,
    more: () => setPage({ items, shown: shown + pageSize }),
  };
}

/** The button under a paged list; nothing when all is shown. */
export function ShowMore({
  shown,
  total,
  more,
  pageSize = PAGE_SIZE,
}: {
  shown: number;
  total: number;
  more: () => void;
  pageSize?: number;
}) {
  const { t, n } = useI18n();
  if (shown >= total) return null;
  return (
    <p className="show-more">
      <button type="button" className="button button--quiet" onClick={more}>
        {t('list.showMore', {
          count: n(Math.min(pageSize, total - shown)),
          shown: n(shown),
          total: n(total),
        })}
      </button>
    </p>
  );
}
