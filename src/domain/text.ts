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

/**
 * The first `max` characters of a text, counted in code points: never half of a surrogate pair
 * (an emoji cut in two is an unpaired surrogate, which an address turns into U+FFFD).
 */
export function cutText(text: string, max: number): string {
  // No more UTF-16 units than `max` is no more characters either.
  if (text.length <= max) return text;
  let units = 0;
  let count = 0;
  for (const character of text) {
    if (count === max) break;
    units += character.length;
    count++;
  }
  return text.slice(0, units);
}
