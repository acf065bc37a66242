import type { PackMessageKey } from './pack-sv';

/** The meeting pack's messages in English (pack-sv.ts is the reference). */
export const packEn: Record<PackMessageKey, string> = {
  'pack.documentTitle': 'Meeting pack – Integrationskartan',
  'pack.kicker': 'Meeting pack · Integrationskartan',
  'pack.title': 'Fact sheets',
  'pack.of.all': 'All {count} municipalities the report covers',
  'pack.of.county': '{county} County: {count} municipalities',
  'pack.of.county.one': '{county} County: {count} municipality',
  'pack.of.codes': '{count} chosen municipalities',
  'pack.of.codes.one': '{count} chosen municipality',
  'pack.printed': 'Printed {date}',
  'pack.includes':
    'Each municipality has its fact sheet, of at most two A4 pages and starting on a new page: key figures with source and rank, a map of the municipality and its neighbours, its projects and ideas from the neighbours.',
  'pack.sources': 'Sources',
  'pack.sourcesMissing': 'The list of sources could not be loaded.',
  'pack.contents': 'Contents',
  'pack.contentsNote': 'The municipalities in the order they come in the pack.',
  'pack.print': 'Print meeting pack',
  'pack.printNow': 'Print',
  'pack.back': 'Back',
  'pack.hint':
    'The pack is made for A4 portrait: a cover, the contents and one fact sheet per municipality.',
  'pack.ignored':
    'Codes in the link that are not municipalities of the report were left out: {codes}.',
  'pack.ignoredMore': '{codes} and {count} more',
  'pack.entry.title': 'Meeting pack',
  'pack.entry.intro':
    'The fact sheets of several municipalities printed in one go, with a cover and a table of contents.',
  'pack.entry.choose': 'Which municipalities',
  'pack.entry.all': 'All municipalities ({count})',
  'pack.entry.county': '{county} County ({count})',
  'pack.entry.compare': 'The comparison ({count})',
  'pack.entry.printCompare': 'Print a meeting pack of the comparison',
};
