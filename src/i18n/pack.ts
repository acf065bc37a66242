import { fill, pluralOf, useI18n, type I18n } from './index';
import { packEn } from './pack-en';
import { packSv, type PackMessageKey } from './pack-sv';

export type { PackMessageKey } from './pack-sv';

export const PACK_CATALOGUES = { sv: packSv, en: packEn } as const;

type PackTranslate = (key: PackMessageKey, params?: Record<string, string | number>) => string;

/**
 * The meeting pack's translator (`tp`; a key with a `.one` form takes it for a count of one)
 * beside the interface's own translator and formatters.
 */
export function usePackI18n(): I18n & { tp: PackTranslate } {
  const i18n = useI18n();
  const messages: Record<string, string> = PACK_CATALOGUES[i18n.language];
  const tp: PackTranslate = (key, params) => {
    const count = params?.count;
    const one = `${key}.one`;
    const chosen =
      typeof count === 'number' && one in messages && pluralOf(i18n.language, count) === 'one'
        ? one
        : key;
    return fill(messages[chosen]!, params);
  };
  return { ...i18n, tp };
}
