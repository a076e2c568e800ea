/** User-facing strings of the vacancy checklist and the inclusion report (Norwegian bokmål). */
import type { ChecklistItemId, PathId, Reason, Sector, TargetGroupAnswer } from './model.js';
import { escapeText } from '../shared/escape.js';

const nb = (n: number, digits = 1): string => n.toLocaleString('nb-NO', { maximumFractionDigits: digits });

export const S = {
  // The report form
  formTitle: 'Meld ledig stilling',
  formIntro: 'Fyll inn noen få opplysninger om stillingen. Du får en sjekkliste for inkludering før dere lyser ut. Ikke skriv navn eller opplysninger om personer.',
  fieldTitle: 'Stillingstittel',
  fieldUnit: 'Enhet/avdeling',
  fieldReason: 'Hvorfor er stillingen ledig?',
  fieldPermanence: 'Fast eller midlertidig?',
  fieldDuration: 'Varighet i måneder (når midlertidig)',
  fieldStartDate: 'Ønsket oppstart',
  fieldSector: 'Sektor',
  permanent: 'Fast',
  temporary: 'Midlertidig',
  submit: 'Send inn',
  formHasErrors: 'Noe må rettes før jeg kan lagre stillingen:',
  reason: {
    sick_leave: 'Sykefravær (vikariat)',
    parental_leave: 'Foreldrepermisjon (vikariat)',
    resignation: 'Oppsigelse',
    new_position: 'Ny stilling',
    project: 'Prosjekt',
  } satisfies Record<Reason, string>,
  sector: { state: 'Statlig virksomhet', municipal: 'Kommune eller fylkeskommune' } satisfies Record<Sector, string>,

  // Validation messages (card and webhook)
  v: {
    required: 'Må fylles ut.',
    tooLong: (max: number) => `Kan være høyst ${max} tegn.`,
    reason: 'Velg en av: sykefravær, foreldrepermisjon, oppsigelse, ny stilling eller prosjekt.',
    permanence: 'Velg fast eller midlertidig.',
    boolean: 'Må være true eller false.',
    durationRequired: 'Oppgi varighet i måneder når stillingen er midlertidig.',
    duration: 'Oppgi et helt antall måneder fra 1 til 120.',
    date: 'Oppgi en gyldig dato på formen ÅÅÅÅ-MM-DD.',
    sector: 'Velg statlig eller kommunal sektor.',
    sectorRequired: 'Oppgi sektor ("state" eller "municipal"); ingen standard sektor er satt opp.',
    unknownField: (key: string) => `Ukjent felt «${key}».`,
    externalId: 'Må være en tekst på 1–200 tegn.',
    manager: 'Må være lederens Entra-objekt-ID (1–100 tegn).',
    notObject: 'Forventet et JSON-objekt.',
    wrongType: 'Feil type.',
    filled: 'Velg om stillingen ble besatt.',
    path: 'Velg hvilken vei dere ansatte etter.',
    targetGroup: 'Velg ja, nei eller «vil ikke oppgi».',
    count: 'Oppgi et helt tall fra 0 til 100 000.',
    average: 'Oppgi et tall fra 0 til 100 000.',
    baselineEmpty: 'Fyll inn tallene for 2020 og 2021, eller snittet direkte.',
  },

  // The checklist card
  checklistTitle: (title: string) => `Sjekkliste for inkludering: ${escapeText(title)}`,
  checklistIntro: 'Før dere lyser ut: gå gjennom punktene under. Da får dere vurdert NAV og de midlertidige veiene mens det fortsatt er tid.',
  progress: (done: number, total: number) => `${done} av ${total} punkter er gjort`,
  allDone: 'Alle punktene er gjort. Husk å lukke stillingen når den er besatt.',
  factUnit: 'Enhet',
  factReason: 'Årsak',
  factPermanence: 'Type',
  factStart: 'Ønsket oppstart',
  factSector: 'Sektor',
  temporaryFor: (months: number) => `Midlertidig, ${months} mnd.`,
  markDone: 'Marker som gjort',
  undo: 'Angre',
  doneMark: '✅',
  openMark: '⬜',
  openGuide: 'Åpne veilederen',
  closeVacancy: 'Lukk stillingen',
  navContact: (c: string) => `NAV-kontakt: ${c}`,
  navContactMissing: 'Spør HR hvem som er NAV-kontakten deres.',
  item: {
    'temporary-need': {
      title: 'Vurder om behovet er midlertidig',
      text: 'Et vikariat eller et prosjekt kan gi rom for andre veier inn, for eksempel midlertidig ansettelse med lønnstilskudd fra NAV. Veilederen viser hvilke veier som er åpne.',
    },
    'contact-nav': {
      title: 'Kontakt NAV før dere lyser ut',
      text: 'NAV kan foreslå kandidater, hjelpe med å forme stillingen og utlysningen, og vurdere tiltak som lønnstilskudd.',
    },
    'clarify-expectations': {
      title: 'Avklar forventninger med kandidatene',
      text: 'Snakk tidlig om arbeidsoppgavene og stillingsprosenten (for eksempel 50 % eller 100 %), så ingen blir overrasket underveis.',
    },
    'proportionate-requirements': {
      title: 'Still bare krav stillingen trenger',
      text: 'Hold kravene i utlysningen til det oppgavene faktisk krever. Høyere krav stenger ute gode kandidater.',
    },
    'interview-duty': {
      title: 'Husk innkallingsplikten',
      text: 'Når stillingen lyses ut: kall inn minst én kvalifisert søker som oppgir nedsatt funksjonsevne, og minst én som oppgir hull i CV-en. En slik søker kan ansettes om hen er tilnærmet like godt kvalifisert som den best kvalifiserte (statsansatteforskriften §§ 4 og 4a).',
    },
    'inform-internally': {
      title: 'Informer internt når dere ikke lyser ut offentlig',
      text: 'Også en stilling som ikke lyses ut offentlig, skal gjøres kjent internt (arbeidsmiljøloven § 14-1).',
    },
    'welcome-accommodation': {
      title: 'Planlegg mottaket og eventuell tilrettelegging',
      text: 'Sett av tid til å ta imot den nyansatte, og avklar om det trengs tilrettelegging. NAV kan dekke ekstrakostnader ved tilrettelegging (inkluderingstilskudd) og tid til en mentor (mentortilskudd).',
    },
  } satisfies Record<ChecklistItemId, { title: string; text: string }>,

  // Delivery and reminders
  deliveredIntro: (title: string) => `En ledig stilling er meldt inn: «${escapeText(title)}». Her er sjekklisten for inkludering.`,
  hrCopyIntro: (title: string, unit: string) => `Kopi til HR: stillingen «${escapeText(title)}» (${escapeText(unit)}) er meldt inn, og lederen har fått sjekklisten.`,
  reminder: (title: string, open: number) =>
    `Påminnelse: ${open} ${open === 1 ? 'punkt' : 'punkter'} på sjekklisten for «${escapeText(title)}» er ikke gjort ennå. Lukk stillingen i kortet når den er besatt, så slutter påminnelsene.`,
  // The checklist replaces the form above this line: the text points up, in reading order.
  savedFromChat: 'Takk! Stillingen er lagret, og sjekklisten står i kortet over.',
  sendToHr: 'Send til HR',
  unchanged: 'Ingen endring.',
  sentToHr: (when: string) => `✓ Sendt til HR ${when}.`,
  sentToHrIntro: (title: string, unit: string, done: number, total: number) =>
    `Status fra lederen for «${escapeText(title)}» (${escapeText(unit)}): ${done} av ${total} punkter på sjekklisten er gjort.`,
  sendToHrFailed: 'Jeg fikk ikke sendt sjekklisten til HR akkurat nå. Ingenting er endret – prøv igjen om litt.',
  noHrChannel: 'Det er ikke satt opp noen HR-kanal å sende til. Kontakt HR direkte.',

  // Closing
  closeTitle: (title: string) => `Lukk stillingen: ${escapeText(title)}`,
  closeIntro: 'Svarene brukes bare i tall for inkluderingsrapporten. Ikke oppgi navn eller helseopplysninger.',
  fieldFilled: 'Ble stillingen besatt?',
  yes: 'Ja',
  no: 'Nei',
  fieldPath: 'Hvilken vei ansatte dere etter?',
  fieldTargetGroup: 'Er personen som ble ansatt i målgruppen (nedsatt funksjonsevne eller hull i CV-en)?',
  targetGroup: { yes: 'Ja', no: 'Nei', undisclosed: 'Vil ikke oppgi' } satisfies Record<TargetGroupAnswer, string>,
  confirmClose: 'Lukk stillingen',
  cancel: 'Tilbake til sjekklisten',
  closedFilled: 'Stillingen er lukket og besatt. Takk!',
  closedNotFilled: 'Stillingen er lukket uten at den ble besatt.',
  closedPath: (label: string) => `Vei: ${label}`,
  alreadyClosed: 'Denne stillingen er allerede lukket, så ingenting er endret.',
  path: {
    'state.ordinary': 'Ordinær utlysning (staten)',
    'state.administrative-appointment': 'Administrativ tilsetting, inntil seks måneder',
    'state.wage-subsidy-exemption': 'Unntak fra utlysning med midlertidig lønnstilskudd',
    'state.trainee-programme': 'Traineeprogrammet i staten',
    'state.trainee-conversion': 'Fast stilling etter traineeprogrammet',
    'municipal.ordinary': 'Ordinær utlysning (kommunal)',
    'municipal.targeted-advertisement': 'Utlysning bare til målgruppen',
    'municipal.labour-market-measure-temporary': 'Midlertidig ansettelse i arbeidsmarkedstiltak',
  } satisfies Record<PathId, string>,

  // Access and bad data
  notFound: 'Jeg fant ikke denne stillingen. Den kan være slettet etter at lagringstiden gikk ut.',
  notYours: 'Denne sjekklisten tilhører en annen leder. Bare lederen og HR kan endre den.',
  badData: 'Noe i svaret fra kortet var ikke slik jeg ventet. Ingenting er endret. Prøv igjen, eller skriv «meld ledig stilling».',
  notApplicable: 'Dette punktet gjelder ikke for denne stillingen. Ingenting er endret.',

  // The inclusion report
  reportOnlyHr: 'Inkluderingsrapporten er for HR og administratorer. Ta kontakt med HR hvis du trenger tallene.',
  reportTitle: (year: number) => `Inkluderingsrapport ${year}`,
  reportIntro: 'Tallene gjelder stillinger meldt gjennom meg. Ingen tall identifiserer personer.',
  rReported: 'Meldte stillinger',
  rNavContacted: 'NAV kontaktet',
  rNavShare: (n: number, of: number, share: number | null) => (share === null ? '–' : `${n} av ${of} (${nb(share * 100, 0)} %)`),
  rClosed: 'Lukkede stillinger',
  rFilled: 'Ansettelser',
  rTargetGroup: 'Ansatt fra målgruppen',
  rUndisclosed: 'Vil ikke oppgi',
  rByPath: 'Ansettelser etter vei',
  rPathLine: (hires: number, tg: number) => `${hires} (${tg} fra målgruppen)`,
  rNoHires: 'Ingen ansettelser registrert dette året.',
  rBaseline: 'Grunnlinje (snitt 2020 og 2021)',
  rBaselineMissing: 'Grunnlinjen er ikke lagt inn. Skriv «grunnlinje» for å legge den inn.',
  rBaselinePartial: 'Grunnlinjen mangler tall for ett av årene 2020 og 2021.',
  rComparison: 'Sammenlignet med grunnlinjen',
  rComparisonValue: (diff: number) => `${diff > 0 ? '+' : ''}${nb(diff)} ${diff > 0 ? '(positiv utvikling)' : diff === 0 ? '(uendret)' : '(nedgang)'}`,
  rRetained: 'Noen av tallene kommer fra eldre stillinger som nå bare er lagret som årstall.',
  rPrevYear: (y: number) => `◀ ${y}`,
  rNextYear: (y: number) => `${y} ▶`,
  rSetBaseline: 'Legg inn grunnlinje',
  badYear: 'Oppgi et årstall fra 2000 til 2100, for eksempel «inkluderingsrapport 2025».',

  // Baseline
  baselineTitle: 'Grunnlinje for ansettelser fra målgruppen',
  baselineIntro:
    'Fellesføringen for 2024 ber statlige virksomheter sammenligne med snittet for 2020 og 2021. Fyll inn antall ansatte fra målgruppen for hvert år, eller snittet direkte.',
  field2020: 'Ansatt fra målgruppen i 2020',
  field2021: 'Ansatt fra målgruppen i 2021',
  fieldAverage: 'Eller: snittet direkte',
  saveBaseline: 'Lagre grunnlinjen',
  baselineSaved: (avg: number | null) =>
    avg === null ? 'Lagret. Grunnlinjen er ikke komplett ennå – fyll inn begge årene eller snittet.' : `Lagret. Grunnlinjen er nå ${nb(avg)} ansatte fra målgruppen per år.`,
  baselineUsage: 'Skriv «grunnlinje» for å åpne skjemaet, «grunnlinje 2020 12» for å sette ett år, eller «grunnlinje snitt 11,5» for å sette snittet.',
  baselineOnlyHr: 'Bare HR og administratorer kan legge inn grunnlinjen.',

  // Help
  helpManagerTitle: 'Meld ledig stilling',
  helpManagerText: 'Meld en ledig stilling og få en sjekkliste for inkludering før dere lyser ut.',
  helpHrTitle: 'Inkluderingsrapport',
  helpHrText: 'Se meldte stillinger, NAV-kontakt og ansettelser fra målgruppen per år, sammenlignet med grunnlinjen.',
} as const;

export { nb as formatNumber };
