/**
 * The codes and patterns the data files share, without zod: the schemas (schemas.ts) build on
 * them, and the modules of the first screen (the URL codec, the filters, the counties) read them
 * here, so that zod and the schemas load beside the data files instead of with the first script.
 */

/** kebab-case ASCII: "lulea-brottning-for-integration". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Swedish municipality code (kommunkod), four digits: "2580". */
export const KOMMUNKOD_PATTERN = /^\d{4}$/;
/**
 * The counties of the focus (län): Västerbotten 24, Norrbotten 25. Their names are in the county
 * table of the domain (src/domain/counties.ts); the data build takes its focus from here.
 */
export const FOCUS_COUNTY_CODES = ['24', '25'] as const;
/** What a record is: a project with an end, a standing service, a way of working, a network. */
export const PROJECT_KINDS = ['project', 'service', 'practice', 'network'] as const;
