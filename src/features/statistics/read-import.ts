import type { ImportOutcome, ImportReply, ImportRequest } from '../../domain/metrics/import-input';

/** A reading in progress: its outcome, and a way to stop it (a new file, the dialog closed). */
export interface RunningImport {
  outcome: Promise<ImportOutcome>;
  cancel: () => void;
}

/**
 * Reads a table in a module worker, so that a large file never freezes the page, reporting
 * progress. Where no worker can start (an old browser, a worker script that failed to load), it
 * reads on the main thread instead, after a frame, from a chunk loaded on demand.
 */
export function startImport(
  request: ImportRequest,
  onProgress: (fraction: number) => void,
): RunningImport {
  let cancelled = false;
  let worker: Worker | null = null;
  const onMainThread = async (): Promise<ImportOutcome> => {
    const { readImport } = await import('../../domain/metrics/import-input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    return await readImport(request, onProgress);
  };
  const outcome = new Promise<ImportOutcome>((resolve, reject) => {
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      onMainThread().then(resolve, reject);
      return;
    }
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if (cancelled) return;
      if (data.type === 'progress') onProgress(data.fraction);
      else {
        resolve(data.outcome);
        worker?.terminate();
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      if (!cancelled) onMainThread().then(resolve, reject);
    };
    // The bytes are copied, not transferred: the main thread keeps them if the worker fails.
    worker.postMessage(request);
  });
  return {
    outcome,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
    },
  };
}
