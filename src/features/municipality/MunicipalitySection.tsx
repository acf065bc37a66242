import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { MetricContext } from '../../domain/metrics/registry';
import type { Municipality } from '../../domain/municipality';
import { MunicipalityPanel } from './MunicipalityPanel';
import { MunicipalityProjects } from './MunicipalityProjects';
import { MunicipalityStatistics } from './MunicipalityStatistics';

/**
 * A municipality's panel with its figures and projects. Default export: loaded when a
 * municipality is first chosen (or once the map has drawn), not in the first download.
 */
export default function MunicipalitySection({
  municipality,
  byCode,
  context,
  catalogue,
  matching,
}: {
  municipality: Municipality;
  byCode: Map<string, Municipality>;
  context: MetricContext | null;
  catalogue: CatalogueIndex | null;
  matching: ReadonlySet<string> | undefined;
}) {
  return (
    <MunicipalityPanel key={municipality.code} municipality={municipality} byCode={byCode}>
      {context && municipality.focus ? (
        <MunicipalityStatistics code={municipality.code} context={context} />
      ) : null}
      {catalogue ? (
        <MunicipalityProjects code={municipality.code} catalogue={catalogue} matching={matching} />
      ) : null}
    </MunicipalityPanel>
  );
}
