import { Suspense } from 'react';
import { useResults } from '../../data-hooks/results';
import type { Municipality } from '../../domain/municipality';
import { MunicipalityProjects } from '../catalogue';
import { SuggestButton } from '../suggest';
import { useSuggestI18n } from '../../i18n/suggest';
import { MunicipalityPanel } from './MunicipalityPanel';
import { MunicipalityStatistics } from './MunicipalityStatistics';

/**
 * A municipality's panel with its figures and projects (dimmed where they do not match the
 * filters). Default export: loaded when a municipality is first chosen (or once the map has
 * drawn), not in the first download.
 */
export default function MunicipalitySection({ municipality }: { municipality: Municipality }) {
  const results = useResults();
  const { t } = useSuggestI18n();
  return (
    <MunicipalityPanel key={municipality.code} municipality={municipality}>
      {municipality.focus ? <MunicipalityStatistics code={municipality.code} /> : null}
      <MunicipalityProjects
        code={municipality.code}
        matching={results?.active ? results.ids : undefined}
      />
      <p className="panel__actions">
        <Suspense fallback={null}>
          <SuggestButton kind="new" municipality={municipality.code} label={t('suggest.new')} />
        </Suspense>
      </p>
    </MunicipalityPanel>
  );
}
