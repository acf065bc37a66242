import { useMunicipalities } from '../../data-hooks/municipalities';
import type { Municipality } from '../../domain/municipality';
import { peerSet, similarMunicipalities } from '../../domain/peers';
import { useSeriesI18n } from '../../i18n/series';
import { useViewStore } from '../../state/store';
import { PanelSection } from '../../ui/Panel';

/**
 * Municipalities like this one by size, not by border (src/domain/peers.ts): each with the reason
 * it is proposed, and a comparison of them all, as the neighbours' (cmp= in the address).
 */
export function SimilarMunicipalities({ municipality }: { municipality: Municipality }) {
  const { t } = useSeriesI18n();
  const { list, byCode } = useMunicipalities();
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const setCompare = useViewStore((s) => s.setCompare);
  if (!municipality.focus) return null;
  const candidates = list.filter((m) => m.focus);
  const peers = similarMunicipalities(municipality, candidates);
  if (peers.length === 0) return null;
  return (
    <PanelSection id="panel-peers" title={t('peers.title', { name: municipality.name })}>
      <p className="form-field__hint">{t('peers.intro')}</p>
      <ul className="plain-list peer-list" data-testid="similar-municipalities">
        {peers.map((peer) => (
          <li key={peer.code}>
            <button type="button" className="chip" onClick={() => selectMunicipality(peer.code)}>
              {byCode.get(peer.code)?.name ?? peer.code}
            </button>{' '}
            <span className="peer-list__reason">{t(`peers.reason.${peer.reason}`)}</span>
          </li>
        ))}
      </ul>
      <div className="panel__actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setCompare(peerSet(municipality, candidates))}
        >
          {t('peers.compare')}
        </button>
      </div>
    </PanelSection>
  );
}
