/**
 * The embed dialog's messages in Swedish. Apart from the main catalogue (sv.ts) because only the
 * dialog, loaded on first use, shows them. The reference for embed-en.ts.
 */
export const embedSv = {
  'embed.title': 'Bädda in kartan',
  'embed.intro':
    'Visa kartan som den ser ut nu – mått, år och filter – på en annan webbplats: välj storlek och klistra in koden i sidans HTML.',
  'embed.size': 'Storlek',
  'embed.size.600x450': '600 × 450',
  'embed.size.800x600': '800 × 600',
  'embed.size.full': 'Full bredd',
  'embed.preview': 'Förhandsvisning',
  'embed.code': 'Kod att klistra in',
  'embed.copy': 'Kopiera koden',
  'embed.copied': 'Koden är kopierad',
  'embed.copyFailed': 'Kunde inte kopiera – markera koden och kopiera den',
  'embed.close': 'Stäng',
  'embed.ownData':
    'Egen data finns bara i den här webbläsaren: den som ser kartan på en annan webbplats ser inte dina uppgifter.',
  'embed.frameTitle': 'Integrationskartan: {title}',
} as const;

export type EmbedMessageKey = keyof typeof embedSv;
