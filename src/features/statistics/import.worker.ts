/**
 * Reads a file off the main thread: a 5 MB file of 480 000 rows takes seconds to parse and
 * resolve, and the page stays responsive meanwhile (src/features/statistics/read-import.ts). An
 * Excel file's reader is loaded here, on first use.
 */
import {
  readImport,
  type ImportReply,
  type ImportRequest,
} from '../../domain/metrics/import-input';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (reply: ImportReply) => void;
};

scope.onmessage = ({ data }) => {
  void readImport(data, (fraction) => scope.postMessage({ type: 'progress', fraction })).then(
    (outcome) => scope.postMessage({ type: 'done', outcome }),
  );
};
