/**
 * User-facing strings of the vacancy guide (Norwegian bokmål). Texts that name a law come in a variant
 * per sector: a municipal run never shows the state's law, and the other way round.
 * `{{p:<id>}}` names a dated parameter (knowledge/parameters); the cards render it for the day shown.
 */

export type SectorKey = 'state' | 'municipal';

/** How the sector is named in running text ("reglene for staten"). */
export const SECTOR_NAME: Record<SectorKey, string> = { state: 'staten', municipal: 'kommunen' };
const other = (s: SectorKey): SectorKey => (s === 'state' ? 'municipal' : 'state');

export const S = {
  helpTitle: 'Vurder en ledig stilling',
  helpDescription:
    'Jeg stiller noen korte ja/nei-spørsmål om stillingen og en eventuell kandidat, og viser hvilke ansettelsesveier som er åpne, hva dere må gjøre og hva NAV kan bidra med.',
  helpCommand: 'ny stilling',

  /** The first line of every card in a run: the sector whose rules apply, then where we are. */
  header: (sector: SectorKey | undefined, where: string) => (sector ? `**Regler for ${SECTOR_NAME[sector]}** · ${where}` : `**Ny vurdering** · ${where}`),
  progress: (n: number, total: number) => `Spørsmål ${n} av omtrent ${Math.max(n, total)}`,
  progressExact: (n: number, total: number) => `Spørsmål ${n} av ${total}`,
  sectorWhy: {
    remembered: (s: SectorKey) => `Jeg bruker reglene for ${SECTOR_NAME[s]} fordi du valgte det sist.`,
    default: (s: SectorKey) => `Jeg bruker reglene for ${SECTOR_NAME[s]} fordi det er satt opp for virksomheten din.`,
    prefill: (s: SectorKey) => `Jeg bruker reglene for ${SECTOR_NAME[s]} fordi stillingen er meldt inn slik.`,
    user: (s: SectorKey) => `Du har valgt reglene for ${SECTOR_NAME[s]}.`,
  },
  switchTo: (s: SectorKey) => `Bytt til ${SECTOR_NAME[other(s)]}`,
  switched: (s: SectorKey) => `Nå bruker jeg reglene for ${SECTOR_NAME[s]}, og jeg har vurdert svarene dine på nytt.`,
  alreadySector: (s: SectorKey) => `Jeg bruker allerede reglene for ${SECTOR_NAME[s]}.`,

  whyPrefix: 'Hvorfor jeg spør:',
  /** Exactly what is kept, and for how long (see README "Privacy"). */
  privacy: (days: number) =>
    `Jeg spør aldri om navn, diagnose eller hvorfor noen har vært borte fra jobb. Svarene lagres bare mens vurderingen pågår: de slettes når du har laget eller droppet bestillingen til NAV, og senest ${days} dager etter siste svar.`,
  back: 'Tilbake',
  cancel: 'Avbryt',
  next: 'Neste',
  durationInput: 'Antall måneder',
  durationQuick: 'Eller velg:',
  monthsLong: (n: number) => `${n} ${n === 1 ? 'måned' : 'måneder'}`,

  editing: (answer: string) => `Ditt svar nå: **${answer}**. Velg på nytt, eller behold det.`,
  keep: 'Behold svaret',
  chosen: (label: string) => `✓ ${label}`,

  badTyped: {
    choice: (labels: string[]) =>
      `Det svaret forsto jeg ikke. Svar med ett av valgene: ${labels.map((l) => `«${l}»`).join(', ')} – eller skriv «tilbake» eller «avbryt». Du kan også stille meg et spørsmål.`,
    yesNo: 'Det svaret forsto jeg ikke. Svar «ja» eller «nei» (eller «vet ikke»), eller skriv «tilbake» eller «avbryt». Du kan også stille meg et spørsmål.',
    number: 'Skriv antall måneder som et tall fra 1 til 120, for eksempel «8» eller «8 mnd». Du kan også skrive «tilbake» eller «avbryt».',
  },
  afterQuestion: 'Så fortsetter vi vurderingen:',
  badDuration: 'Varigheten må være et helt antall måneder fra 1 til 120.',
  atFirstQuestion: 'Dette er det første spørsmålet.',
  staleQuestion: 'Det kortet gjaldt et spørsmål du alt har svart på. Her er spørsmålet vi er på nå.',
  rulesUpdated: 'Regelverket i veilederen er oppdatert siden du svarte. Jeg har vurdert svarene dine på nytt etter de gjeldende reglene.',
  expired: (days: number) => `Vurderingen du startet, ble slettet fordi det gikk mer enn ${days} dager uten svar. Her er en ny.`,

  unfinishedLabel: 'Uferdig vurdering',
  discardTitle: 'Forkaste det du har svart?',
  resumeTitle: 'Fortsette der du slapp?',
  unfinished: (answers: number, when: string) => `Du har en vurdering som ikke er ferdig: ${answers} svar, sist endret ${when}.`,
  today: 'i dag',
  discardBody: 'Starter du på nytt, sletter jeg svarene du har gitt.',
  continueRun: 'Fortsett',
  startOver: 'Start på nytt',
  discardOnly: 'Avslutt og slett',

  cancelledTitle: 'Vurderingen er avsluttet',
  cancelled: 'Greit, jeg har slettet svarene. Du kan starte på nytt når du vil, eller stille meg et spørsmål.',
  staleTitle: 'Denne vurderingen er ikke lenger aktiv',
  stale: 'Kortet hører til en vurdering som er ferdig, avsluttet eller erstattet av en nyere, og svarene er slettet. Ingenting er endret. Start gjerne en ny vurdering.',
  badDataTitle: 'Noe gikk galt med kortet',
  badData: 'Noe i svaret fra kortet var ikke slik jeg ventet. Ingenting er endret. Prøv igjen, eller start en ny vurdering.',
  assessFailed: 'Jeg klarte ikke å vurdere svarene dine akkurat nå. Ingenting er sendt noe sted. Start gjerne på nytt, og kontakt HR hvis det skjer igjen.',
  badPrefill: 'Opplysningene fra sjekklisten kunne ikke brukes, så jeg starter uten dem.',
  startNew: 'Start ny vurdering',

  reviewLabel: 'Sjekk svarene',
  reviewTitle: 'Sjekk svarene dine',
  reviewIntro: 'Stemmer dette? Trykk «Endre» for å rette et svar – da spør jeg på nytt om det som henger sammen med det.',
  edit: 'Endre',
  showResult: 'Vis resultatet',
  sourceDefault: '(satt opp for virksomheten)',
  sourceRemembered: '(fra forrige gang)',
  sourcePrefill: '(fra sjekklisten)',
  reviewTyped: 'Skriv «ja» for å se resultatet, «tilbake» for å gå tilbake eller «avbryt» for å avslutte. Du kan også stille meg et spørsmål.',

  resultLabel: 'Resultat',
  notForCase: 'Ut fra svarene dine:',
  alsoLine: (titles: string) => `Også mulig: ${titles}.`,
  maybeLine: (titles: string) => `Kanskje også: ${titles} – det avhenger av svar du ikke har gitt.`,
  hangsOn: (items: string[]) => `Avhenger av ${items.join('; ')}.`,
  legalBasis: (refs: string) => `Lovgrunnlag: ${refs}`,
  conditions: 'Vilkår:',
  steps: 'Slik går du fram:',
  mustDo: 'Dette må du gjøre',
  scheduleLine: (from: number, to: number, percent: number) => `Måned ${from}–${to}: ${percent} %`,
  showSteps: 'Slik går du fram',
  showWhy: 'Vilkår og lovgrunnlag',
  showWarnings: (n: number) => `Pass på (${n})`,
  showNav: 'Dette kan NAV betale',
  showSources: 'Kilder og mer å lese',
  notApplicable: 'Veier som ikke passer her:',
  related: 'Les mer',
  readWhole: 'Les hele svaret',
  resultPrivacy: (days: number) => `Svarene slettes når du lager bestillingen eller trykker «Ferdig», ellers ${days} dager etter siste svar.`,
  finishedNote: 'Ferdig. Svarene dine er slettet – resultatet står her i chatten så lenge du vil.',
  finishedTyped: 'Greit, vurderingen er ferdig og svarene dine er slettet. Skriv «ny stilling» for å starte en ny.',
  makeOrder: 'Lag bestilling til NAV',
  finish: 'Ferdig',
  restart: 'Start på nytt',
  changeAnswers: 'Endre svar',
  rulesVersion: (date: string) => `Regelverk per ${date}`,

  orderLabel: 'Bestilling til NAV',
  orderTitle: 'Bestilling til NAV',
  orderIntro:
    'Fyll inn om stillingen – ikke om en person. Jeg lager en bestilling du kan kopiere og sende til NAV (for eksempel via Rekrutteringsbistand eller din faste kontakt).',
  orderFields: {
    title: 'Stillingstittel',
    tasks: 'Hovedoppgaver',
    requirements: 'Krav stillingen faktisk trenger (valgfritt)',
    percent: 'Stillingsprosent (1–100)',
    startDate: 'Ønsket oppstart',
  },
  orderPlaceholders: {
    title: 'For eksempel «Saksbehandler» eller «Miljøarbeider»',
    tasks: 'De viktigste oppgavene, gjerne som en kort liste',
    requirements: 'Bare det som trengs for å gjøre jobben',
  },
  orderErrors: {
    title: 'Skriv en stillingstittel (2–100 tegn).',
    tasks: 'Beskriv hovedoppgavene (5–1500 tegn).',
    requirements: 'Kravene kan være på høyst 800 tegn.',
    percent: 'Stillingsprosenten må være et helt tall fra 1 til 100.',
    startDate: 'Velg en gyldig dato.',
    summary: 'Noe mangler eller er feil i skjemaet. Se merknadene under feltene.',
  },
  makeOrderText: 'Lag bestillingen',
  orderReadyTitle: 'Bestillingen er klar',
  orderReadyIntro: 'Kopier teksten fra feltet under og send den til NAV. Les gjennom og tilpass før du sender. Svarene om kandidaten er nå slettet.',
  orderCopyLabel: 'Bestillingen (marker og kopier)',
  editOrder: 'Endre bestillingen',
} as const;

/** Norwegian labels of the order text (the text the manager sends to NAV). */
export const ORDER = {
  heading: 'Bestilling til NAV – hjelp til rekruttering',
  intro: 'Vi har en ledig stilling og ønsker hjelp fra NAV til å finne aktuelle kandidater før vi eventuelt lyser den ut bredt.',
  position: 'Stilling',
  employer: { state: 'Statlig virksomhet', municipal: 'Kommune / fylkeskommune' },
  employerLabel: 'Arbeidsgiver',
  kind: 'Ansettelsesform',
  permanent: 'Fast stilling',
  temporary: (months: number, ground: string) => `Midlertidig i ${months} ${months === 1 ? 'måned' : 'måneder'}${ground ? ` (${ground})` : ''}`,
  percent: 'Stillingsprosent',
  start: 'Ønsket oppstart',
  tasks: 'Hovedoppgaver',
  requirements: 'Krav',
  noRequirements: 'Vi stiller bare de kravene oppgavene faktisk trenger, og ser på hva kandidaten kan – ikke bare på formell bakgrunn. Kravene avklarer vi gjerne sammen med NAV.',
  path: 'Ansettelsesvei vi vurderer',
  measures: 'Virkemidler vi ønsker å drøfte med NAV',
  followUp: 'Oppfølging vi ønsker',
  followUpItems: [
    'En fast kontaktperson hos NAV og en hos oss gjennom hele prosessen.',
    'At NAV har en avklaringssamtale med hver kandidat før intervju, om forventninger, arbeidstid og eventuell tilrettelegging.',
    'At NAV følger opp den som ansettes og oss som arbeidsgiver, tett de første månedene.',
  ],
  closing: 'Ta gjerne kontakt for å avtale et første møte. Takk!',
} as const;

/** Plain-Norwegian names of the contract's field paths, for "what it hangs on"; a law named per sector. */
const FIELD_LABELS: Record<string, string | Record<SectorKey, string>> = {
  candidate: 'om dere har en aktuell kandidat',
  'candidate.disabilityNeedingAccommodation': 'om kandidaten har en funksjonsnedsettelse som trenger tilrettelegging',
  'candidate.cvGap': 'om kandidaten har hull i CV-en',
  'candidate.cvGap.yearsOutsideLastFive': 'hvor lenge kandidaten har vært utenfor arbeid, utdanning eller opplæring de siste årene',
  'candidate.cvGap.causeListed': {
    state: 'om fraværet skyldtes en av grunnene statsansatteforskriften § 4a lister opp',
    municipal: 'om fraværet skyldtes en av de opplistede grunnene',
  },
  'candidate.cvGap.employedOverOneYearNow': 'om kandidaten nå har fast jobb eller en lengre midlertidig jobb',
  'candidate.temporaryWageSubsidy': 'om NAV gir midlertidig lønnstilskudd',
  'candidate.reducedWorkCapacity': 'om NAV har vurdert at kandidaten har nedsatt arbeidsevne',
  'candidate.higherEducation': 'om kandidaten har høyere utdanning',
  'candidate.completedStateTraineeHere': 'om kandidaten har fullført Traineeprogrammet i staten hos dere',
  'candidate.qualified': 'om kandidaten fyller kvalifikasjonskravene til stillingen',
  'employer.personnelRegulationAllowsOneYear': 'om personalreglementet deres åpner for lengre administrativ ansettelse',
  'position.absenceReason': 'hvorfor den som vikariatet gjelder, er borte',
  'position.durationMonths': 'hvor lenge stillingen skal vare',
  'position.ground': 'grunnlaget for midlertidig ansettelse',
};

export function missingLabel(field: string, sector: SectorKey): string {
  const l = FIELD_LABELS[field];
  if (l === undefined) throw new Error(`no label for the missing field ${field}`);
  return typeof l === 'string' ? l : l[sector];
}

/** Norwegian names of NAV's measures, for the order text. */
export const MEASURE_NAMES: Record<string, string> = {
  'nav.temporary-wage-subsidy': 'Midlertidig lønnstilskudd',
  'nav.work-trial': 'Arbeidstrening',
  // The scheme since 2019 (tiltaksforskriften kap. 11); the IA agreement's tilretteleggingstilskudd ended then.
  'nav.accommodation-grant': 'Inkluderingstilskudd',
  'nav.mentor-grant': 'Mentortilskudd',
  'nav.absence-refund': 'Refusjon av sykepenger eller foreldrepenger for den som er borte',
};

/** Short names of the paths, for the result card's first lines (the full titles are in the rules). */
export const SHORT_TITLES: Record<string, string> = {
  'state.ordinary': 'vanlig utlysning',
  'state.administrative-appointment': 'administrativ ansettelse uten utlysning',
  'state.wage-subsidy-exemption': 'ansettelse uten utlysning med lønnstilskudd fra NAV',
  'state.trainee-programme': 'Traineeprogrammet i staten',
  'state.trainee-conversion': 'fast ansettelse av traineen uten utlysning',
  'municipal.ordinary': 'vanlig utlysning',
  'municipal.targeted-advertisement': 'utlysning bare til målgruppen',
  'municipal.labour-market-measure-temporary': 'midlertidig ansettelse i et tiltak fra NAV',
};

/**
 * The verdict: the first line of the result, in plain words for this case. `dur` is the position's
 * duration ("i 12 måneder"), empty for a permanent position.
 */
export const VERDICT = {
  traineeConversion: 'Du kan ansette traineen fast uten å lyse ut stillingen.',
  wageSubsidy: (dur: string) => `Du kan ansette kandidaten midlertidig${dur} uten å lyse ut stillingen, med lønnstilskudd fra NAV.`,
  measureWithCandidate: (dur: string) => `Du kan ansette kandidaten midlertidig${dur} uten å lyse ut stillingen, som deltaker i et tiltak fra NAV.`,
  measure: (dur: string) => `Du kan ansette en deltaker i et tiltak fra NAV midlertidig${dur} uten å lyse ut stillingen.`,
  administrativeWithCandidate: (dur: string) => `Du kan ansette kandidaten${dur} uten å lyse ut stillingen (administrativ ansettelse).`,
  administrative: (dur: string) => `Du kan ansette noen${dur} uten å lyse ut stillingen – for eksempel en kandidat fra NAV.`,
  traineeProgramme: 'Kandidaten kan passe for Traineeprogrammet i staten: en stilling som lyses ut bare til målgruppen.',
  targeted: 'Du kan lyse ut stillingen bare til personer med nedsatt funksjonsevne eller hull i CV-en.',
  ordinary: 'Stillingen må lyses ut, og den best kvalifiserte søkeren skal ansettes.',
  ordinaryUnless: 'Stillingen må lyses ut, med mindre et av unntakene under passer – det avhenger av svar du ikke har gitt.',
  noGround: 'Stillingen må lyses ut, og midlertidig ansettelse krever et grunnlag som mangler her.',
  duration: (months: number) => ` i ${months} ${months === 1 ? 'måned' : 'måneder'}`,
} as const;

export interface QuestionStrings {
  text: string;
  why: string;
  /** The law or source, as people write it; empty when the question names none. */
  source: string;
  /** Short label on the review card. */
  review: string;
  /** What a word in the question means, shown under it (the regulation's definition). */
  definition?: string;
}

type Variants = QuestionStrings | Record<SectorKey, QuestionStrings>;

const NO_REASON_ASKED = 'Jeg spør ikke hvilken av grunnene det er: det er opplysninger om helse eller straff som regelen ikke trenger, og som ingen bør notere.';
const CV_GAP_DEFINITION =
  'Hull i CV-en betyr her: til sammen minst {{p:target-group.cv-gap.min-years}} av de siste {{p:target-group.cv-gap.window-years}} utenfor arbeid, utdanning eller opplæring, på grunn av rusproblemer, soning, fysisk eller psykisk sykdom eller aktiv jobbsøking. Svar bare ja eller nei.';
const KS_LETTER = 'brevet fra departementet til KS 3.11.2023';

/** Question texts, one line on why, and the legal source, per sector where the law differs. */
export const Q = {
  sector: {
    text: 'Gjelder stillingen staten eller en kommune?',
    why: 'Staten og kommunene har ulike regler for ansettelse. Jeg husker svaret til neste gang, og du kan bytte når som helst ved å skrive «staten» eller «kommune».',
    source: '',
    review: 'Sektor',
  },
  permanent: {
    state: {
      text: 'Er stillingen fast eller midlertidig?',
      why: 'Fast ansettelse er hovedregelen. Flere av unntakene fra utlysning gjelder bare midlertidige stillinger.',
      source: 'statsansatteloven § 9',
      review: 'Fast eller midlertidig',
    },
    municipal: {
      text: 'Er stillingen fast eller midlertidig?',
      why: 'Fast ansettelse er hovedregelen. Midlertidig ansettelse krever et grunnlag i loven, og noen veier inn gjelder bare midlertidige stillinger.',
      source: 'arbeidsmiljøloven § 14-9',
      review: 'Fast eller midlertidig',
    },
  },
  duration: {
    state: {
      text: 'Hvor mange måneder skal stillingen vare?',
      why: 'Varigheten avgjør hvilke unntak fra utlysning du kan bruke: administrativ ansettelse gjelder i inntil {{p:state.admin-appointment.max-months}} (eller {{p:state.admin-appointment.max-months-personnel-regulation}} hvis personalreglementet sier det), unntaket for lønnstilskudd i inntil {{p:state.wage-subsidy-exemption.max-months}}.',
      source: 'statsansatteloven § 7 og statsansatteforskriften § 3a',
      review: 'Varighet',
    },
    municipal: {
      text: 'Hvor mange måneder skal stillingen vare?',
      why: 'Varigheten avgjør blant annet om en lang midlertidig ansettelse gir rett til fast stilling: etter mer enn {{p:municipal.permanent-after.substitute-years}} som vikar, eller {{p:municipal.permanent-after.temporary-work-years}} i arbeid av midlertidig karakter.',
      source: 'arbeidsmiljøloven § 14-9',
      review: 'Varighet',
    },
  },
  ground: {
    state: {
      text: 'Hvorfor er stillingen midlertidig?',
      why: 'Midlertidig ansettelse krever et grunnlag i loven. Er det et vikariat for sykefravær eller foreldrepermisjon, kan NAV dekke lønnen til den som er borte.',
      source: 'statsansatteloven § 9 første ledd',
      review: 'Grunnlag for midlertidighet',
    },
    municipal: {
      text: 'Hvorfor er stillingen midlertidig?',
      why: 'Midlertidig ansettelse krever et grunnlag i loven. Er det et vikariat for sykefravær eller foreldrepermisjon, kan NAV dekke lønnen til den som er borte.',
      source: 'arbeidsmiljøloven § 14-9 andre ledd',
      review: 'Grunnlag for midlertidighet',
    },
  },
  regulation: {
    text: 'Åpner personalreglementet deres for administrativ ansettelse i inntil {{p:state.admin-appointment.max-months-personnel-regulation}}?',
    why: 'Uten utlysning kan du ansette administrativt for inntil {{p:state.admin-appointment.max-months}}, eller lenger hvis personalreglementet sier det.',
    source: 'statsansatteloven § 7',
    review: 'Personalreglementet åpner for lengre administrativ ansettelse',
  },
  hasCandidate: {
    state: {
      text: 'Har dere en aktuell kandidat i tankene, for eksempel en som NAV har foreslått?',
      why: 'Flere unntak fra utlysning gjelder bare for en kandidat i målgruppen.',
      source: 'statsansatteforskriften §§ 3a, 4 og 4a',
      review: 'Aktuell kandidat',
    },
    municipal: {
      text: 'Har dere en aktuell kandidat i tankene, for eksempel en som NAV har foreslått?',
      why: 'En kandidat i et tiltak fra NAV kan ansettes midlertidig uten utlysning, og NAV kan bidra med tilskudd.',
      source: 'arbeidsmiljøloven § 14-9 andre ledd bokstav d',
      review: 'Aktuell kandidat',
    },
  },
  disability: {
    state: {
      text: 'Har kandidaten selv sagt at hen har en funksjonsnedsettelse og trenger tilrettelegging på jobb?',
      why: 'Da er kandidaten i målgruppen, og dere har plikt til å tilrettelegge. Jeg spør ikke om diagnosen: den trenger verken regelen eller du å vite.',
      source: 'statsansatteforskriften § 4 og arbeidsmiljøloven § 4-6',
      review: 'Funksjonsnedsettelse som trenger tilrettelegging',
    },
    municipal: {
      text: 'Har kandidaten selv sagt at hen har en funksjonsnedsettelse og trenger tilrettelegging på jobb?',
      why: 'Da er kandidaten i målgruppen for stillinger kommunen lyser ut bare til målgruppen, og dere har plikt til å tilrettelegge. Jeg spør ikke om diagnosen: den trenger verken regelen eller du å vite.',
      source: 'arbeidsmiljøloven § 4-6 og likestillings- og diskrimineringsloven § 22',
      review: 'Funksjonsnedsettelse som trenger tilrettelegging',
    },
  },
  cvGap: {
    state: {
      text: 'Har kandidaten hull i CV-en?',
      definition: CV_GAP_DEFINITION,
      why: `Hull i CV-en gir plass i målgruppen for unntakene fra utlysning. ${NO_REASON_ASKED}`,
      source: 'statsansatteforskriften § 4a',
      review: 'Hull i CV-en',
    },
    municipal: {
      text: 'Har kandidaten hull i CV-en?',
      definition: CV_GAP_DEFINITION,
      why: `Hull i CV-en gir plass i målgruppen som kommunen kan lyse ut stillinger bare til. ${NO_REASON_ASKED}`,
      source: KS_LETTER,
      review: 'Hull i CV-en',
    },
  },
  employedNow: {
    state: {
      text: 'Har kandidaten nå en fast jobb, eller en midlertidig jobb som varer mer enn {{p:target-group.cv-gap.current-job-max-years}}?',
      why: 'Den som nå har en slik jobb, regnes ikke å ha hull i CV-en.',
      source: 'statsansatteforskriften § 4a',
      review: 'Har nå fast eller lengre midlertidig jobb',
    },
    municipal: {
      text: 'Har kandidaten nå en fast jobb, eller en midlertidig jobb som varer mer enn {{p:target-group.cv-gap.current-job-max-years}}?',
      why: 'Den som nå har en slik jobb, regnes ikke å ha hull i CV-en.',
      source: KS_LETTER,
      review: 'Har nå fast eller lengre midlertidig jobb',
    },
  },
  subsidy: {
    state: {
      text: 'Gir NAV (eller vil NAV gi) midlertidig lønnstilskudd for kandidaten?',
      why: 'Med midlertidig lønnstilskudd kan en midlertidig stilling besettes uten utlysning. NAV setter satsen; den er høyere når NAV har vurdert at kandidaten har nedsatt arbeidsevne.',
      source: 'statsansatteforskriften § 3a og tiltaksforskriften kap. 9',
      review: 'Midlertidig lønnstilskudd',
    },
    municipal: {
      text: 'Gir NAV (eller vil NAV gi) midlertidig lønnstilskudd for kandidaten?',
      why: 'Med midlertidig lønnstilskudd deltar kandidaten i et tiltak fra NAV, og kommunen kan ansette midlertidig på det grunnlaget. NAV setter satsen; den er høyere ved nedsatt arbeidsevne.',
      source: 'arbeidsmiljøloven § 14-9 andre ledd bokstav d og tiltaksforskriften kap. 9',
      review: 'Midlertidig lønnstilskudd',
    },
  },
  reducedCapacity: {
    text: 'Har NAV vurdert at kandidaten har nedsatt arbeidsevne?',
    why: 'Da kan NAV gi lønnstilskudd med høyere sats og i lengre tid. Jeg spør ikke hvorfor – bare om NAVs vurdering.',
    source: 'tiltaksforskriften kap. 9',
    review: 'Nedsatt arbeidsevne (NAVs vurdering)',
  },
  higherEducation: {
    text: 'Har kandidaten høyere utdanning?',
    why: 'Traineeprogrammet i staten er for personer i målgruppen med høyere utdanning.',
    source: 'statsansatteforskriften § 5 andre ledd',
    review: 'Høyere utdanning',
  },
  completedTrainee: {
    text: 'Har kandidaten fullført Traineeprogrammet i staten hos dere?',
    why: 'En trainee som har fullført hos dere, kan få fast stilling uten utlysning.',
    source: 'statsansatteforskriften § 3a',
    review: 'Fullført Traineeprogrammet hos dere',
  },
  qualified: {
    state: {
      text: 'Fyller kandidaten kvalifikasjonskravene til stillingen?',
      why: 'Kvalifikasjonsprinsippet gjelder også når stillingen ikke lyses ut.',
      source: 'statsansatteloven § 3',
      review: 'Fyller kvalifikasjonskravene',
    },
    municipal: {
      text: 'Fyller kandidaten kvalifikasjonskravene til stillingen?',
      why: 'Også i kommunen skal den best kvalifiserte ansettes, med mindre et unntak gjelder.',
      source: 'det ulovfestede kvalifikasjonsprinsippet',
      review: 'Fyller kvalifikasjonskravene',
    },
  },
} satisfies Record<string, Variants>;

/** The strings of a question for a sector (the sector question itself has one variant). */
/** A question's texts; throws for a question without them or a sector-specific question without the sector. */
export function questionStrings(id: keyof typeof Q, sector: SectorKey | undefined): QuestionStrings {
  const v: Variants | undefined = Object.prototype.hasOwnProperty.call(Q, id) ? Q[id] : undefined;
  if (!v) throw new Error(`no texts for the question ${String(id)}`);
  if ('text' in v) return v;
  if (!sector) throw new Error(`question ${id} needs the sector for its text`);
  return v[sector];
}

/** Choice labels. `aliases` are extra typed words that pick the choice (lower case). */
export const CHOICES = {
  yes: { label: 'Ja', aliases: ['ja', 'j', 'yes', 'y', 'jepp', 'jo', 'stemmer'] },
  no: { label: 'Nei', aliases: ['nei', 'n', 'no', 'nope'] },
  unknown: { label: 'Vet ikke', aliases: ['vet ikke', 'vet ikke ennå', 'usikker', 'ukjent', 'vetikke', 'vi', 'aner ikke', 'ikke sikker'] },
  state: { label: 'Staten', aliases: ['staten', 'stat', 'statlig', 'statlig virksomhet', 'statlig tariffområde', 'i staten'] },
  municipal: { label: 'Kommune eller fylkeskommune', aliases: ['kommune', 'kommunen', 'kommunal', 'fylkeskommune', 'fylkeskommunen', 'kommunal sektor', 'i kommunen'] },
  permanent: { label: 'Fast', aliases: ['fast', 'fast stilling', 'permanent'] },
  temporary: { label: 'Midlertidig', aliases: ['midlertidig', 'midlertidig stilling', 'vikariat', 'engasjement', 'temporary'] },
  temporary_work: { label: 'Arbeidet er midlertidig (f.eks. et prosjekt)', aliases: ['prosjekt', 'midlertidig arbeid', 'arbeidet er midlertidig'] },
  'substitute:sick_leave': { label: 'Vikar for en som er sykmeldt', aliases: ['sykmeldt', 'sykemeldt', 'sykefravær', 'vikar sykmeldt'] },
  'substitute:parental_leave': { label: 'Vikar for en i foreldrepermisjon', aliases: ['foreldrepermisjon', 'permisjon', 'fødselspermisjon', 'mammapermisjon', 'pappapermisjon'] },
  'substitute:other': { label: 'Vikar av en annen grunn', aliases: ['vikar', 'vikariat annen grunn', 'annen vikar'] },
  substitute: { label: 'Vikariat', aliases: [] },
  // Apprentices are praksisarbeid (DFØ; legal review F1.7), not education positions.
  practice: { label: 'Praksisarbeid (f.eks. lærling eller trainee)', aliases: ['praksis', 'praksisarbeid', 'trainee', 'lærling', 'lærlinger', 'hospitant', 'aspirant'] },
  education_position: { label: 'Utdanningsstilling (f.eks. stipendiat)', aliases: ['utdanning', 'utdanningsstilling', 'stipendiat', 'spesialistkandidat'] },
  unforeseen_need: { label: 'Uforutsett, kortvarig behov', aliases: ['uforutsett', 'uforutsett behov'] },
  labour_market_measure: { label: 'Deltaker i tiltak fra NAV', aliases: ['nav-tiltak', 'tiltak', 'arbeidsmarkedstiltak', 'nav tiltak'] },
  none: { label: 'Ingen av disse', aliases: ['ingen', 'ingen av disse', 'annet', 'annen'] },
  'gap:yes': { label: 'Ja', aliases: ['ja', 'j', 'yes', 'y'] },
  'subsidy:reduced': { label: 'Ja – NAV har vurdert nedsatt arbeidsevne', aliases: ['ja nedsatt arbeidsevne', 'nedsatt arbeidsevne'] },
  'subsidy:ordinary': { label: 'Ja – vanlig sats', aliases: ['ja vanlig', 'vanlig', 'vanlig sats', 'ordinær', 'ja ordinær'] },
  'subsidy:yes': { label: 'Ja, men vet ikke satsen', aliases: ['ja', 'j', 'yes', 'y'] },
  'gap:no': { label: 'Nei', aliases: ['nei', 'n', 'no', 'mindre enn to år'] },
  'gap:unknown': { label: 'Vet ikke', aliases: ['vet ikke', 'usikker', 'ukjent'] },
} as const;

/** Typed words that switch the sector at any step ("kommune", "staten", "bytt sektor"). */
export const SECTOR_WORDS: Record<string, SectorKey | 'toggle'> = {
  ...Object.fromEntries(CHOICES.state.aliases.map((a) => [a, 'state' as const])),
  ...Object.fromEntries(CHOICES.municipal.aliases.map((a) => [a, 'municipal' as const])),
  'bytt til staten': 'state',
  'bytt til stat': 'state',
  'bytt til kommunen': 'municipal',
  'bytt til kommune': 'municipal',
  'bytt sektor': 'toggle',
};
