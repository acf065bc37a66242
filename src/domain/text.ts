/**
 * Folds text for matching: lower case, and Swedish letters (å ä ö) and other accents reduced to
 * their base letter, so that "alvsbyn", "ÄLVSBYN" and "Älvsbyn" are the same.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
