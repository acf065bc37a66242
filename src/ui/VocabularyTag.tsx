import type { VocabularyItem } from '../data/schemas';
import { useI18n } from '../i18n';

/** A theme or target group: its label always written out, the colour only as an accent. */
export function VocabularyTag({ item }: { item: VocabularyItem }) {
  const { language } = useI18n();
  return (
    <span className="tag" style={{ '--tag-colour': item.colour } as React.CSSProperties}>
      <span className="tag__dot" aria-hidden="true" />
      {item.label[language]}
    </span>
  );
}

export function VocabularyTags({
  ids,
  vocabulary,
}: {
  ids: string[];
  vocabulary: Map<string, VocabularyItem>;
}) {
  return (
    <ul className="tag-list">
      {ids.map((id) => {
        const item = vocabulary.get(id);
        return item ? (
          <li key={id}>
            <VocabularyTag item={item} />
          </li>
        ) : null;
      })}
    </ul>
  );
}
