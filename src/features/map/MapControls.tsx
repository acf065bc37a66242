import { useI18n } from '../../i18n';
import { coverRef, mapSession } from '../../map/session';
import { Icon, type IconName } from '../../ui/Icon';

/**
 * Zoom in, zoom out and back to the whole region, over the map's corner. Buttons, so the
 * keyboard reaches them; named in the interface's language; 44 px on a touch screen.
 */
export function MapControls() {
  const { t } = useI18n();
  const buttons: { icon: IconName; label: string; onClick: () => void }[] = [
    {
      icon: 'plus',
      label: t('map.zoomIn'),
      onClick: () => mapSession.get().map?.zoomBy(1),
    },
    {
      icon: 'minus',
      label: t('map.zoomOut'),
      onClick: () => mapSession.get().map?.zoomBy(-1),
    },
    {
      icon: 'region',
      label: t('map.region'),
      onClick: () => mapSession.get().map?.showRegion(),
    },
  ];
  return (
    <div className="map-controls" role="group" aria-label={t('map.controls')} ref={coverRef}>
      {buttons.map((b) => (
        <button
          key={b.icon}
          type="button"
          className="map-controls__button"
          aria-label={b.label}
          title={b.label}
          onClick={b.onClick}
          data-map-control={b.icon}
        >
          <Icon name={b.icon} />
        </button>
      ))}
    </div>
  );
}
