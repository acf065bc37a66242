import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { ComparisonMember, ThemeRow } from '../../domain/compare';
import { hasEnded } from '../../domain/catalogue/provenance';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { VocabularyTag } from '../../ui/VocabularyTag';
import { CompareTable } from './CompareTable';

/**
 * Themes down, municipalities across; each project a mark (● leads, ○ takes part) that opens it.
 * The mark's name is the project's title and the role, so the table reads without the symbols.
 */
export function ThemeTable({
  members,
  rows,
  catalogue,
}: {
  members: ComparisonMember[];
  rows: ThemeRow[];
  catalogue: CatalogueIndex;
}) {
  const { t, language } = useI18n();
  const openProject = useViewStore((s) => s.openProject);
  return (
    <>
      <p className="compare__note">{t('compare.themesNote')}</p>
      <CompareTable
        caption={t('compare.themesCaption')}
        testId="comparison-themes"
        modifier="themes"
        corner={t('compare.theme')}
        members={members}
      >
        {rows.map((row) => {
          const theme = catalogue.themes.get(row.theme);
          return (
            <tr key={row.theme} data-theme={row.theme}>
              <th scope="row">{theme ? <VocabularyTag item={theme} /> : row.theme}</th>
              {members.map(({ municipality: m }) => {
                const marks = row.cells.get(m.code) ?? [];
                return (
                  <td key={m.code} data-code={m.code}>
                    {marks.length === 0 ? (
                      <>
                        <span aria-hidden="true" className="compare-marks__none">
                          –
                        </span>
                        <span className="visually-hidden">{t('compare.noProjects')}</span>
                      </>
                    ) : (
                      <ul className="compare-marks">
                        {marks.map(({ project, role }) => {
                          const ended = hasEnded(project)
                            ? `, ${t('project.status.completed')}`
                            : '';
                          const label = `${project.title[language]} (${m.name} ${t(`compare.role.${role}`)}${ended})`;
                          return (
                            <li key={project.id}>
                              <button
                                type="button"
                                className="compare-marks__button"
                                title={label}
                                aria-label={label}
                                data-project={project.id}
                                onClick={() => openProject(project.id)}
                              >
                                <span aria-hidden="true">{role === 'lead' ? '●' : '○'}</span>
                              </button>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </CompareTable>
    </>
  );
}
