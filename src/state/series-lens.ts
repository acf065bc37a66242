import { create } from 'zustand';
import type { SeriesLens } from '../domain/metrics/context';

/**
 * The lens through which a measure over time is drawn for a year or a change: none until the
 * view of its years has loaded (src/features/series sets it), so that the first load carries
 * none of it.
 */
export const useSeriesLens = create<{ lens: SeriesLens | null }>()(() => ({ lens: null }));
