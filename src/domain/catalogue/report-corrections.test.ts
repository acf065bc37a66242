import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import catalogueFile from '../../../data/projects.json';
import targetGroupsFile from '../../../data/target-groups.json';
import themesFile from '../../../data/themes.json';
// The source report, from the shared folder beside the checkout (read as text by Vite).
import reportText from '../../../../shared/seed/000_3f8647d60b3f421b.txt?raw';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import { CatalogueFileSchema, VocabularyFileSchema, type Project } from '../../data/schemas';
import { createProjectSearch } from './search';

/**
 * The real catalogue (data/projects.json) read against the report: each record says what the
 * report prints, nothing it does not, and what the report covers is there. Each check holds for
 * a catalogue that grows: it names the records it is about, or the report's own pages and
 * sections. (The logic tests run on a frozen copy: ../catalogue.fixture.ts.)
 */
const { projects } = CatalogueFileSchema.parse(catalogueFile);
/** The records that cite the 2017 report. */
const fromReport = projects.filter(
  (p): p is Project & { source: NonNullable<Project['source']> } =>
    p.source?.document === 'report-2017',
);
const record = (id: string): Project => {
  const found = projects.find((p) => p.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};

/** The report with runs of white space (line breaks included) as single spaces, lower case. */
const reportFlat = reportText.replace(/\s+/g, ' ').toLowerCase();

/** Partners whose names the records give in a fuller or tidier form than the printed one. */
const PRINTED_AS: Record<string, string> = {
  'Bodens Bandyklubb (BBK)': 'BBK (Bodens Bandyklubb',
  'Lapplands Kommunalförbund (LKF)': 'Lapplands Kommunalförbund (LKF',
  Personalkontoret: 'personalkontor',
  Arbetsmarknadsförvaltningen: 'arbetsmarknadsförvaltning',
};

describe('the catalogue against the report', () => {
  it('names only funders the report prints, word for word', () => {
    for (const project of projects) {
      for (const funder of project.funding) {
        expect(reportFlat, `${project.id}: ${funder}`).toContain(funder.toLowerCase());
      }
    }
  });

  it('names only partners the report prints', () => {
    for (const project of projects) {
      for (const partner of project.partners) {
        const printed = PRINTED_AS[partner] ?? partner;
        expect(reportFlat, `${project.id}: ${partner}`).toContain(printed.toLowerCase());
      }
    }
  });

  it('region-bidrag-till-integrationsprojekt: funding as printed (p. 8)', () => {
    const grants = record('region-bidrag-till-integrationsprojekt');
    expect(grants.funding).toEqual(['Bidrag från staten', 'Egna kommunala medel']);
    expect(reportFlat).toContain('genom bidrag från staten men även från egna kommunala medel');
    expect(grants.source?.page).toBe(8);
  });

  it('robertsfors-sommarlovsaktiviteter: no funder, as the report names none (p. 15)', () => {
    const summer = record('robertsfors-sommarlovsaktiviteter');
    expect(summer.funding).toEqual([]);
    expect(summer.source?.page).toBe(15);
  });

  it('dorotea-natur-for-alla: LONA is the kind of project, not a funder (p. 11)', () => {
    const nature = record('dorotea-natur-for-alla');
    expect(nature.funding.join(' ')).not.toMatch(/LONA/);
    expect(nature.summary.sv).toContain('lokalt naturvårdsprojekt (LONA)');
    expect(nature.summary.en).toContain('local nature conservation project (LONA)');
  });

  it('gallivare-kompetens-och-samverkan: two years, to the end of 2018 (pp. 11–12)', () => {
    const project = record('gallivare-kompetens-och-samverkan');
    expect(project.period).toBe('–2018');
    expect(project.facts).toContainEqual({ sv: 'Tvåårigt projekt', en: 'Two-year project' });
    expect(project.facts).toContainEqual({
      sv: 'Pågår till och med 2018',
      en: 'Runs until the end of 2018',
    });
    expect(project.summary.sv).toContain('pågår till och med 2018');
    expect(project.summary.en).toContain('until the end of 2018');
    expect(reportFlat).toContain('projektet kommer pågå till och med år 2018');
    expect(reportFlat).toContain('ett två årigt projekt');
  });

  it('kiruna-cafe-metropol: run by civil society; the agencies only inform (p. 12)', () => {
    const cafe = record('kiruna-cafe-metropol');
    expect(cafe.partners).not.toContain('Arbetsförmedlingen');
    expect(cafe.partners).not.toContain('Migrationsverket');
    expect(cafe.summary.sv).toContain('civilsamhället, som också driver det');
    expect(cafe.summary.en).toContain('run by civil society');
    expect(cafe.summary.sv).toContain('information från Arbetsförmedlingen och Migrationsverket');
    expect(reportFlat).toContain('skapad och driven av civilsamhället');
  });

  it('vilhelmina-idrott-for-alla: a project of the municipality and the local associations (p. 17)', () => {
    const sport = record('vilhelmina-idrott-for-alla');
    expect(sport.partners).toEqual(['Det lokala föreningslivet']);
    expect(sport.lead).toBe('2462');
    expect(reportFlat).toContain('integrationsprojekt mellan kommun och föreningsliv');
  });

  it('gallivare-haparanda-informationstraffar: no "ask the municipality directly" (p. 8)', () => {
    const meetings = record('gallivare-haparanda-informationstraffar');
    expect(meetings.summary.sv).not.toMatch(/direkt|frågor/);
    expect(meetings.summary.en).not.toMatch(/direct|question/);
    expect(meetings.summary.sv).toContain('allmänna informationsträffar');
  });

  it('lulea-filmskaparprojekt-ensamkommande: Filmpool Nord without a description of our own (p. 9)', () => {
    const film = record('lulea-filmskaparprojekt-ensamkommande');
    expect(film.summary.en).not.toMatch(/film centre/i);
    expect(film.summary.en).toContain('Luleå municipality and Filmpool Nord');
  });

  it('pajala-slussen: the plan and the hope stay a plan and a hope (p. 13)', () => {
    const slussen = record('pajala-slussen');
    expect(slussen.summary.sv).toContain('Förhoppningen är att Slussen ska bli');
    expect(slussen.summary.sv).toContain('hoppas kommunen');
    expect(slussen.summary.sv).not.toContain('skapas också två');
    expect(slussen.summary.en).toContain('The hope is that Slussen will become');
    expect(slussen.summary.en).toContain('hopes to build');
    expect(slussen.summary.en).not.toMatch(/also creates|giving them/);
    expect(slussen.facts).toEqual([
      {
        sv: 'Planerat: två 50-procentiga anställningar för unga vuxna',
        en: 'Planned: two 50 % positions for young adults',
      },
    ]);
  });

  it('region-fadder-guide-van-vanfamilj: a "vänfamilj" is a befriending family (p. 9)', () => {
    const practice = record('region-fadder-guide-van-vanfamilj');
    for (const text of [practice.title.en, practice.summary.en]) {
      expect(text).toContain('befriending family');
      expect(text).not.toMatch(/host famil/i);
    }
  });

  it('sorsele-slussen: the help with the driving licence is found by search (p. 15)', () => {
    // Not under the theme transport: that theme is the public-transport records.
    const names = new Map(Object.entries(FOCUS_MUNICIPALITY_NAMES));
    const search = createProjectSearch(projects, names, MiniSearch);
    const ids = (query: string) => search.search(query).map((hit) => hit.id);
    expect(ids('körkort')).toContain('sorsele-slussen');
    expect(ids('driving licence')).toContain('sorsele-slussen');
    expect(reportFlat).toContain('hjälp inför körkort');
  });
});

/**
 * The fifteen points of the fact-check of 2026, each applied through the living catalogue's own
 * workflow (scripts/catalogue/report-corrections.ts): a suggestion, accepted in the review, written
 * by `npm run data:suggestions`. Each record's history names the suggestion.
 */
describe('the fifteen corrections of the fact-check, with their history', () => {
  const reviewed = (id: string, fields: string[]) => {
    const entries = record(id).history ?? [];
    const entry = entries.find((h) => fields.every((f) => h.changes.includes(f as never)));
    expect(entry, `${id}: a reviewed change of ${fields.join(', ')}`).toMatchObject({
      kind: 'change',
      reviewed: true,
      reference: expect.stringMatching(/^F-\d+$/),
    });
  };

  it.each([
    [
      'arvidsjaur-unga-berattar',
      '2505',
      'host',
      'kroatiska riksförbundet i sverige, riksteatern, studiefrämjandet',
    ],
    [
      'dorotea-skogen-som-integrationsplats',
      '2425',
      'partner',
      'projektägare är sveriges lantbruksuniversitet (slu) och länsstyrelsen i västerbotten som samarbetar med dorotea kommun',
    ],
    [
      'alvsbyn-framtid-ihop',
      '2560',
      'partner',
      'det är älvsby folkhögskola som är projektägare med älvsbyns kommun',
    ],
    [
      'kiruna-cafe-metropol',
      '2584',
      'host',
      'café metropol är skapad och driven av civilsamhället',
    ],
  ])(
    '%s: no lead, the owner named, the municipality kept with its role',
    (id, code, role, printed) => {
      const project = record(id);
      expect(project.lead).toBeNull();
      expect(project.municipalities).toContain(code);
      expect(project.municipalityRoles).toEqual({ [code]: role });
      expect(project.owners!.length).toBeGreaterThan(0);
      for (const owner of project.owners!) expect(reportFlat).toContain(owner.toLowerCase());
      for (const owner of project.owners!) expect(project.partners).not.toContain(owner);
      expect(reportFlat).toContain(printed);
      reviewed(id, ['lead', 'owners', 'municipalityRoles']);
    },
  );

  it('gallivare-kompetens-och-samverkan: a steering group, not partners (p. 12)', () => {
    const project = record('gallivare-kompetens-och-samverkan');
    expect(project.partners).toEqual(['Lapplands Kommunalförbund (LKF)', 'Arbetsförmedlingen']);
    expect(project.steeringGroup).toEqual(
      expect.arrayContaining(['Lapplands Lärcentra', 'Region Norrbotten']),
    );
    for (const member of project.steeringGroup!) expect(reportFlat).toContain(member.toLowerCase());
    expect(reportFlat).toContain(
      'styrgrupp med deltagare från bland annat alla orterna, arbetsförmedlingen, lapplands lärcentra, region norrbotten',
    );
    reviewed(project.id, ['steeringGroup', 'partners']);
  });

  it('gallivare-kompetens-och-samverkan: the theme coordination (pp. 11–12)', () => {
    const project = record('gallivare-kompetens-och-samverkan');
    expect(project.themes).toContain('coordination');
    expect(reportFlat).toContain('skapa en bättre samverkan mellan migranter');
    reviewed(project.id, ['themes']);
  });

  it('boden training: the agencies gave an insight, they were not partners (p. 10)', () => {
    const project = record('boden-utbildning-politiker-chefer-ungdomsledare');
    expect(project.partners).toEqual(['Bodens Bandyklubb (BBK)']);
    expect(reportFlat).toContain(
      'gav arbetsförmedlingen och migrationsverket en inblick i deras arbete',
    );
    reviewed(project.id, ['partners']);
  });

  it.each([
    [
      'region-medborgarskapsceremoni',
      ['families'],
      'de som blivit svenska medborgare på ett annat sätt än vid födseln',
    ],
    [
      'sorsele-slussen',
      ['unaccompanied-minors'],
      'främst för unga som bor själva, men även för dem som bor med sin familj',
    ],
    [
      'region-inflyttningsservice',
      ['newly-arrived-adults', 'families'],
      'hjälper nyinflyttade att snabbare komma in i den nya kommunen',
    ],
  ])('%s: no target group the text does not support', (id, removed, printed) => {
    const project = record(id);
    for (const group of removed) expect(project.targetGroups).not.toContain(group);
    expect(project.targetGroups.length).toBeGreaterThan(0);
    expect(reportFlat).toContain(printed);
    reviewed(id, ['targetGroups']);
  });

  it('skelleftea-foreningsregister-integration: nothing the report does not say (p. 8)', () => {
    const project = record('skelleftea-foreningsregister-integration');
    expect(project.summary.sv).not.toContain('På så vis blir det enkelt');
    expect(project.summary.en).not.toContain('makes it easy');
    expect(reportFlat).not.toContain('på så vis blir det enkelt');
    expect(project.summary.sv).toContain('för ett välkomnande Skellefteå');
    reviewed(project.id, ['summary']);
  });

  it('pitea-kollektivtrafik-med-integration-i-sikte: the aim as the report states it (p. 8)', () => {
    const project = record('pitea-kollektivtrafik-med-integration-i-sikte');
    expect(project.summary.sv).toMatch(
      /^Målet har varit att utveckla en mångfaldsvänlig kollektivtrafik/,
    );
    expect(project.summary.sv).not.toContain('avgör');
    expect(project.summary.en).not.toMatch(/largely decide/);
    expect(reportFlat).toContain('målet har varit att utveckla en mångfaldsvänlig kollektivtrafik');
    reviewed(project.id, ['summary']);
  });

  it('vannas-kunskapskvallar-idrott-och-integration: the topics were discussed (p. 8)', () => {
    const project = record('vannas-kunskapskvallar-idrott-och-integration');
    expect(project.summary.sv).not.toContain('gav också plats för samverkan');
    expect(project.summary.sv).toContain('samverkan och erfarenhetsutbyte');
    expect(project.summary.en).not.toContain('left room for cooperation');
    expect(reportFlat).toContain('samverkan och erfarenhetsutbyte m.m. belysts');
    reviewed(project.id, ['summary']);
  });

  it('umea-umegrationsforum: public and voluntary, as printed (p. 16)', () => {
    const project = record('umea-umegrationsforum');
    expect(project.summary.sv).toContain('offentligt och frivilligt');
    expect(project.summary.sv).not.toContain('kommun, myndigheter och ideella organisationer');
    expect(reportFlat).toContain(
      'umegrationsforum är alltså det forum där offentligt och frivilligt träffas',
    );
    reviewed(project.id, ['summary']);
  });

  it("Gällivare's second number as printed (9 digits), with a note that it looks incomplete (p. 12)", () => {
    const [contact] = record('gallivare-kompetens-och-samverkan').contacts;
    expect(contact!.phone).toBe('+46(0)970 818 706 / +46(0)70 211 24 5');
    expect(reportFlat).toContain('+46(0)70 211 24 5 .');
    // As a national number "070 211 24 5": nine digits, where a Swedish mobile number has ten.
    const national = contact!.phone!.split('/')[1]!.replace('+46(0)', '0').replace(/\D/g, '');
    expect(national).toBe('070211245');
    expect(contact!.note?.sv).toMatch(/ofullständigt/);
    expect(contact!.note?.en).toMatch(/incomplete/);
    reviewed('gallivare-kompetens-och-samverkan', ['contacts']);
  });

  it('fifteen suggestions in all, each named once', () => {
    const references = projects.flatMap((p) => (p.history ?? []).map((h) => h.reference));
    expect(new Set(references).size).toBe(references.length);
    expect(references).toHaveLength(15);
  });
});

describe('what the report covers', () => {
  /** The three of the 29 that the report never names: Arjeplog, Övertorneå, Åsele. */
  const NOT_NAMED = ['2506', '2518', '2463'];
  const NAMED = Object.keys(FOCUS_MUNICIPALITY_NAMES).filter((code) => !NOT_NAMED.includes(code));
  const recordsOf = (code: string) => fromReport.filter((p) => p.municipalities.includes(code));

  it.each(NAMED.map((code) => [FOCUS_MUNICIPALITY_NAMES[code], code]))(
    '%s (%s), named in the report, has at least one record',
    (_name, code) => {
      expect(recordsOf(code!).length).toBeGreaterThanOrEqual(1);
    },
  );

  it('names 26 of the 29 municipalities; Arjeplog, Övertorneå and Åsele have no record of it', () => {
    expect(NAMED).toHaveLength(26);
    for (const code of NOT_NAMED) expect(recordsOf(code)).toEqual([]);
  });

  it('cites pages of the report (pages 2–18; the lone numbers in the text are page footers)', () => {
    expect(fromReport.length).toBeGreaterThan(30);
    for (const project of fromReport) {
      expect(project.source.page, project.id).toBeGreaterThanOrEqual(2);
      expect(project.source.page, project.id).toBeLessThanOrEqual(18);
    }
  });

  it('uses every theme and target group of the vocabularies', () => {
    for (const { id } of VocabularyFileSchema.parse(themesFile).items) {
      expect(
        projects.some((p) => p.themes.includes(id)),
        id,
      ).toBe(true);
    }
    for (const { id } of VocabularyFileSchema.parse(targetGroupsFile).items) {
      expect(
        projects.some((p) => p.targetGroups.includes(id)),
        id,
      ).toBe(true);
    }
  });
});

describe('known records of the report', () => {
  const of = (code: string) => projects.filter((p) => p.municipalities.includes(code));

  it('Luleå has "Brottning för integration" and a Swedish course for municipal staff', () => {
    const lulea = of('2580');
    expect(lulea).toContain(record('lulea-brottning-for-integration'));
    expect(
      lulea.some(
        (p) => p.themes.includes('language') && p.targetGroups.includes('municipal-staff'),
      ),
    ).toBe(true);
  });

  it('Kiruna has Café Metropol with its link', () => {
    const cafe = record('kiruna-cafe-metropol');
    expect(cafe.title.sv).toBe('Café Metropol');
    // Run by civil society (p. 12): Kiruna is where it is, not its lead.
    expect(cafe.lead).toBeNull();
    expect(cafe.municipalityRoles).toEqual({ '2584': 'host' });
    expect(cafe.links.map((l) => l.url)).toContain(
      'http://www.kiruna.se/Kommun/Invandring-integration/Cafe-Metropol/',
    );
  });

  it("Pajala's records carry the contact's email the report gives (pp. 9, 13–14)", () => {
    for (const id of [
      'pajala-kollektivtrafiklinje-korpilombolo-pajala',
      'pajala-slussen',
      'pajala-samhallsorientering-asylsokande',
      'pajala-sprakinsatser-for-nyanlanda',
      'pajala-barnen-utforskar-regionen',
    ]) {
      const project = record(id);
      expect(project.lead, id).toBe('2521');
      expect(
        project.contacts.map((c) => c.email),
        id,
      ).toContain('julia.torgils@pajala.se');
    }
  });

  it('Kompetens och Samverkan covers Gällivare, Kiruna, Jokkmokk and Pajala', () => {
    const project = record('gallivare-kompetens-och-samverkan');
    expect([...project.municipalities].sort()).toEqual(['2510', '2521', '2523', '2584']);
    expect(project.lead).toBe('2523');
    expect(project.funding).toContain('Europeiska socialfonden');
  });

  it('public transport (pp. 8–9) is the records of Piteå, Pajala and Norsjö, under transport', () => {
    const section = fromReport.filter(
      (p) => p.source.section === 'Kollektivtrafik med integration i sikte',
    );
    expect(section.map((p) => p.municipalities)).toEqual([['2581'], ['2521'], ['2417']]);
    for (const p of section) expect(p.themes).toContain('transport');
  });

  it("sport includes Luleå's wrestling and Vilhelmina's Idrott för alla", () => {
    const sport = projects.filter((p) => p.themes.includes('sport'));
    expect(sport).toContain(record('lulea-brottning-for-integration'));
    const idrott = record('vilhelmina-idrott-for-alla');
    expect(idrott.title.sv).toBe('Idrott för alla');
    expect(sport).toContain(idrott);
  });

  it('a Luleå film project mentions Filmpool', () => {
    const films = of('2580').filter((p) => p.themes.includes('culture'));
    expect(
      films.some((p) =>
        [...p.partners, p.summary.sv, p.summary.en].some((text) => text.includes('Filmpool')),
      ),
    ).toBe(true);
  });

  it('Älvsbyn has a project', () => {
    expect(of('2560').some((p) => p.kind === 'project')).toBe(true);
  });
});
