import type { EmbedMessageKey } from './embed-sv';

/** The embed dialog's messages in English (embed-sv.ts is the reference). */
export const embedEn: Record<EmbedMessageKey, string> = {
  'embed.title': 'Embed the map',
  'embed.intro':
    'Show the map as it is now – measure, year and filters – on another website: choose a size and paste the code into the page’s HTML.',
  'embed.size': 'Size',
  'embed.size.600x450': '600 × 450',
  'embed.size.800x600': '800 × 600',
  'embed.size.full': 'Full width',
  'embed.preview': 'Preview',
  'embed.code': 'Code to paste',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Code copied',
  'embed.copyFailed': 'Could not copy – select the code and copy it',
  'embed.close': 'Close',
  'embed.ownData':
    'Your own data lives only in this browser: whoever sees the map on another website does not see it.',
  'embed.frameTitle': 'Integrationskartan: {title}',
};
