import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Suggestion } from '../../src/data/schemas.ts';

/**
 * The fifteen corrections of a fact-check of the catalogue against the report (pp. 7–18), sent
 * through the living catalogue's own workflow: each as a suggestion to a running server
 * (POST /api/suggestions), accepted by an editor in the review, then written into
 * data/projects.json by `npm run data:suggestions`, so that each record's history names it.
 *
 *   EDITOR_NAME=… EDITOR_PASSWORD=… npx tsx scripts/catalogue/report-corrections.ts http://127.0.0.1:4173/
 *
 * src/domain/catalogue/report-corrections.test.ts checks the result against the report.
 */

const SENDER = {
  name: 'Faktagranskning av katalogen',
  organisation: 'Integrationskartan',
  email: 'faktagranskning@example.org',
};

const change = (projectId: string, record: Suggestion['record'], message: string): Suggestion => ({
  kind: 'change',
  projectId,
  record,
  message,
  sender: SENDER,
  consent: true,
});

export const REPORT_CORRECTIONS: readonly Suggestion[] = [
  change(
    'arvidsjaur-unga-berattar',
    {
      lead: null,
      owners: [
        'Kroatiska Riksförbundet i Sverige',
        'Riksteatern',
        'Studiefrämjandet',
        '”Unga/Sverige Berättar”-Kulturskolan Stockholm',
      ],
      partners: [],
      municipalityRoles: { '2505': 'host' },
    },
    'S. 9: "Det är Kroatiska Riksförbundet i Sverige, Riksteatern, Studiefrämjandet och ' +
      '”Unga/Sverige Berättar”-Kulturskolan Stockholm som står bakom projektet som kom till ' +
      'Arvidsjaur under två dagar." Arvidsjaur var platsen, inte ledaren.',
  ),
  change(
    'dorotea-skogen-som-integrationsplats',
    {
      lead: null,
      owners: ['Sveriges lantbruksuniversitet (SLU)', 'Länsstyrelsen i Västerbotten'],
      partners: ['Burträsk naturbruksgymnasium', 'Svenska Jägarförbundet', 'Umeå universitet'],
      municipalityRoles: { '2425': 'partner' },
    },
    'S. 10–11: "Projektägare är Sveriges lantbruksuniversitet (SLU) och Länsstyrelsen i ' +
      'Västerbotten som samarbetar med Dorotea kommun …" Kommunen är samarbetspartner.',
  ),
  change(
    'alvsbyn-framtid-ihop',
    {
      lead: null,
      owners: ['Älvsby folkhögskola'],
      partners: [
        'Enheten för ensamkommande flyktingbarn',
        'Sparbanken Nord (Framtidsbanken)',
        'Älvsby församling',
      ],
      municipalityRoles: { '2560': 'partner' },
    },
    'S. 17–18: "Det är Älvsby folkhögskola som är projektägare med Älvsbyns kommun, … som ' +
      'samarbetspartners."',
  ),
  change(
    'kiruna-cafe-metropol',
    { lead: null, owners: ['Civilsamhället'], municipalityRoles: { '2584': 'host' } },
    'S. 12: "Café Metropol är skapad och driven av civilsamhället". Kiruna är platsen; ' +
      'kommunen leder det inte.',
  ),
  change(
    'gallivare-kompetens-och-samverkan',
    {
      partners: ['Lapplands Kommunalförbund (LKF)', 'Arbetsförmedlingen'],
      steeringGroup: [
        'Alla orterna',
        'Arbetsförmedlingen',
        'Lapplands Lärcentra',
        'Region Norrbotten',
      ],
    },
    'S. 12: "Projektet har en styrgrupp med deltagare från bland annat alla orterna, ' +
      'Arbetsförmedlingen, Lapplands Lärcentra, Region Norrbotten" – styrgrupp, inte partner.',
  ),
  change(
    'gallivare-kompetens-och-samverkan',
    { themes: ['work', 'language', 'mentoring', 'coordination'] },
    'S. 11: titeln och syftet är samverkan ("skapa en bättre samverkan mellan migranter och de ' +
      'olika aktörerna"): temat samordning och samverkan saknas.',
  ),
  change(
    'boden-utbildning-politiker-chefer-ungdomsledare',
    { partners: ['Bodens Bandyklubb (BBK)'] },
    'S. 10: "Under utbildningen för politikerna och cheferna gav Arbetsförmedlingen och ' +
      'Migrationsverket en inblick i deras arbete" – de var inte samarbetspartner.',
  ),
  change(
    'region-medborgarskapsceremoni',
    { targetGroups: ['newly-arrived-adults'] },
    'S. 7: ceremonin är för "De som blivit svenska medborgare på ett annat sätt än vid ' +
      'födseln"; familjer nämns inte.',
  ),
  change(
    'sorsele-slussen',
    { targetGroups: ['youth'] },
    'S. 15: "främst för unga som bor själva, men även för dem som bor med sin familj" – ' +
      'invandrarungdomar, inte ensamkommande barn.',
  ),
  change(
    'region-inflyttningsservice',
    { targetGroups: ['all-residents'] },
    'S. 10: inflyttningsservicen "hjälper nyinflyttade" – alla som flyttar in, inte bara ' +
      'nyanlända vuxna och familjer.',
  ),
  change(
    'skelleftea-foreningsregister-integration',
    {
      summary: {
        sv:
          'På sin webbplats tipsar Skellefteå kommun om föreningsregistret, där kategorin ' +
          '”integration” ger förslag på föreningar och organisationer som på olika sätt arbetar ' +
          'med integration och för ett välkomnande Skellefteå.',
        en:
          'On its website Skellefteå suggests looking in the municipal register of associations, ' +
          'where the category "integration" lists clubs and organisations that work with ' +
          'integration in different ways and for a welcoming Skellefteå.',
      },
    },
    'S. 8: "På så vis blir det enkelt att hitta sammanhang att engagera sig i" står inte i ' +
      'rapporten.',
  ),
  change(
    'pitea-kollektivtrafik-med-integration-i-sikte',
    {
      summary: {
        sv:
          'Målet har varit att utveckla en mångfaldsvänlig kollektivtrafik i Piteå kommun, vilket ' +
          'också innefattar en integrationsvänlig. Projektet utgår från att den som ska ta del av ' +
          'samhällslivet behöver kunna ta sig till arrangemang, mötesplatser, umgänge och ' +
          'fritidsaktiviteter. Många nyanlända har inte körkort eller egen bil, och därför är ' +
          'kollektivtrafiken en viktig del för att kunna delta. Projektet ser över kommunens ' +
          'kollektivtrafik med särskilt fokus på integration och nyanlända: var de bor och vart ' +
          'de behöver kunna åka. Det ska sedan vägas in i kommunens fortsatta planering av ' +
          'kollektivtrafiken.',
        en:
          'The aim has been to develop public transport in Piteå that works for a diverse ' +
          'population, which includes working for integration. The project starts from the need ' +
          'to be able to get to events, meeting places, friends and leisure activities in order ' +
          'to take part in community life. Many newcomers have neither a driving licence nor a ' +
          'car, which makes public transport an important part of taking part. The project ' +
          "reviews the municipality's public transport with a particular focus on integration " +
          'and newly arrived residents: where they live and where they need to travel. This is ' +
          "then to be taken into account in the municipality's future transport planning.",
      },
    },
    'S. 8: rapporten säger "Målet har varit" och att kollektivtrafiken "blir därav en viktig ' +
      'del för deltagande" – inte att bussarna avgör.',
  ),
  change(
    'vannas-kunskapskvallar-idrott-och-integration',
    {
      summary: {
        sv:
          'Tillsammans med SISU Idrottsutbildarna och Västerbottens idrottsförbund har Vännäs ' +
          'kommun bjudit in idrottsföreningar till kunskapskvällar om idrott och integration. ' +
          'Där belystes bland annat idrottens arbete med integration, hur man kan söka ' +
          'projektmedel, goda exempel, samverkan och erfarenhetsutbyte.',
        en:
          'Together with SISU Idrottsutbildarna and the Västerbotten sports federation, Vännäs ' +
          'invited sports clubs to evenings about sport and integration. The evenings covered, ' +
          "among other things, the sports movement's work with integration, how to apply for " +
          'project funding, good examples, cooperation and the exchange of experience.',
      },
    },
    'S. 8: samverkan och erfarenhetsutbyte "belystes" på kvällarna; rapporten säger inte att ' +
      'kvällarna gav plats för samverkan.',
  ),
  change(
    'umea-umegrationsforum',
    {
      summary: {
        sv:
          'Umegration är alla de aktiviteter och handlingar som Umeå gör för att nya umeåbor ska ' +
          'känna sig hemma. Umegrationsforum ger stöd till föreningar som arbetar med ' +
          'integration: genom att samla engagerade personer med kunskap inom området vill ' +
          'forumet stärka samverkan mellan offentligt och frivilligt engagemang. Där träffas ' +
          'offentligt och frivilligt och lär sig mer om den senaste forskningen, lyckade ' +
          'insatser och varandras förutsättningar. Forumet hålls två gånger per år, och mellan ' +
          'träffarna samverkar aktörerna och driver verksamhet på det sätt de själva vill.',
      },
    },
    'S. 16: forumet är där "offentligt och frivilligt träffas", inte "kommun, myndigheter och ' +
      'ideella organisationer".',
  ),
  change(
    'gallivare-kompetens-och-samverkan',
    {
      contacts: [
        {
          name: 'Mariann Gustafsson',
          role: 'Integrationsstrateg',
          organisation: 'Gällivare kommun',
          email: 'mariann.gustafsson@gallivare.se',
          phone: '+46(0)970 818 706 / +46(0)70 211 24 5',
          note: {
            sv:
              'Det andra numret är tryckt med nio siffror i rapporten och ser ofullständigt ut; ' +
              'det återges som tryckt.',
            en:
              'The second number is printed with nine digits in the report and looks incomplete; ' +
              'it is given as printed.',
          },
        },
      ],
    },
    'S. 12: "+46(0)70 211 24 5" har nio siffror. Behåll det som tryckt, med en synlig notis.',
  ),
];

async function call(
  base: string,
  method: string,
  target: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown>; cookie: string | null }> {
  const response = await fetch(new URL(target, base), {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  return { status: response.status, json, cookie: response.headers.get('set-cookie') };
}

/** Sends each correction and accepts it as `editor`; returns the references, in order. */
export async function sendAndAccept(
  base: string,
  editor: { name: string; password: string },
  corrections: readonly Suggestion[] = REPORT_CORRECTIONS,
  log: (line: string) => void = console.log,
): Promise<string[]> {
  const signIn = await call(base, 'POST', '/api/session', {
    username: editor.name,
    password: editor.password,
  });
  if (signIn.status !== 200) throw new Error(`sign-in: ${JSON.stringify(signIn.json)}`);
  const auth = {
    Cookie: signIn.cookie!.split(';')[0]!,
    'X-CSRF-Token': String(signIn.json.csrfToken),
  };
  const references: string[] = [];
  for (const suggestion of corrections) {
    const sent = await call(base, 'POST', '/api/suggestions', suggestion);
    if (sent.status !== 201)
      throw new Error(`${suggestion.projectId}: ${JSON.stringify(sent.json)}`);
    const decided = await call(
      base,
      'POST',
      `/api/review/suggestions/${String(sent.json.id)}/decision`,
      { decision: 'accept', note: 'Faktagranskning mot rapporten.' },
      auth,
    );
    if (decided.status !== 200) {
      throw new Error(`${suggestion.projectId}: ${JSON.stringify(decided.json)}`);
    }
    references.push(String(sent.json.reference));
    log(`${String(sent.json.reference)} accepted: ${suggestion.projectId}`);
  }
  return references;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
  const name = process.env.EDITOR_NAME;
  const password = process.env.EDITOR_PASSWORD;
  if (!name || !password) {
    console.error('report-corrections: set EDITOR_NAME and EDITOR_PASSWORD');
    process.exitCode = 2;
  } else {
    await sendAndAccept(base, { name, password });
  }
}
