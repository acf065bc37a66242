/**
 * A measure over time: the year on the map (and the change between two years), loaded only when
 * a measure of several years is shown.
 */
import { lazy } from 'react';

export const YearControl = lazy(() => import('./YearControl'));
