import { z } from 'zod';
import { MunicipalityPropertiesSchema } from '../data/schemas';
import municipalitiesFile from './fixtures/municipalities.json';
import type { Municipality } from './municipality';

/**
 * Test fixture: the municipality records (29 of the focus, 3 bordering ones as context) as the
 * data build made them from SCB 2016 and Lantmäteriet, geometry left out, so that domain tests run
 * without the build's output. Made from public/data/municipalities.geojson; the data build's own
 * tests check the same figures and borders against the raw sources.
 */
export const MUNICIPALITIES: Municipality[] = MunicipalityPropertiesSchema.extend({
  id: z.int().nonnegative(),
})
  .array()
  .parse(municipalitiesFile);
