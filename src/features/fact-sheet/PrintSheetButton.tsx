import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { requestPrint } from './print-request';
import { factSheetView } from './sheet-link';

// Starts loading the sheet's code (its map, its QR code) when the button is about to be used.
const preload = () => void import('./sheets');

/**
 * "Skriv ut kommunblad": opens the municipality's fact sheet (view=sheet, its own address) and
 * the browser's print dialog on it. Only for the municipalities the report covers. `withName`
 * adds the name for screen readers, for lists with many such buttons.
 */
export function PrintSheetButton({
  municipality,
  withName = false,
  className = 'button button--quiet',
}: {
  municipality: Municipality | undefined;
  withName?: boolean;
  className?: string;
}) {
  const { t, language } = useI18n();
  const restore = useViewStore((s) => s.restore);
  if (!municipality?.focus) return null;
  return (
    <button
      type="button"
      className={className}
      data-print-sheet={municipality.code}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => {
        requestPrint();
        restore(factSheetView(municipality.code, language));
      }}
    >
      {t('sheet.print')}
      {withName ? <span className="visually-hidden"> – {municipality.name}</span> : null}
    </button>
  );
}
