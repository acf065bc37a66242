import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Municipality } from '../domain/municipality';
import type { DataFile, DataFileName } from '../data/load';
import { dataFileKey } from './data-file';
import type { MunicipalityCollection } from '../data/schemas';

/**
 * For component tests of views that read the data hooks: a query client holding the given files
 * as loaded (nothing is fetched), and the provider to render them in.
 */
export function loadedData(files: { [K in DataFileName]?: DataFile<K> }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const [name, data] of Object.entries(files)) {
    client.setQueryData(dataFileKey(name as DataFileName), data);
  }
  return {
    client,
    provide: (children: ReactNode) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    ),
  };
}

/**
 * municipalities.geojson made of municipality records, each outline a small square around its
 * label point: what the views read of the file (the properties), not what the map draws.
 */
export function municipalitiesFile(list: readonly Municipality[]): MunicipalityCollection {
  const square = (lon: number, lat: number, d = 0.05) => [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ];
  return {
    type: 'FeatureCollection',
    features: list.map(({ id, ...properties }) => ({
      type: 'Feature',
      id,
      properties,
      geometry: {
        type: 'MultiPolygon',
        coordinates: [square(properties.labelLon, properties.labelLat)],
      },
    })),
  };
}
