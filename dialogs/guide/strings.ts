/** User-facing strings of the vacancy guide (Norwegian bokmål). */

export const S = {
  helpTitle: 'Vurder en ledig stilling',
  helpDescription:
    'Jeg stiller noen korte ja/nei-spørsmål om stillingen og en eventuell kandidat, og viser hvilke ansettelsesveier som er åpne, hva dere må gjøre og hva NAV kan bidra med.',
  helpCommand: 'ny stilling',

  guideTitle: 'Vurder en ledig stilling',
  progress: (n: number, total: number) => `Spørsmål ${n} av omtrent ${Math.max(n, total)}`,
  whyPrefix: 'Hvorfor jeg spør:',
  privacy:
    'Jeg spør aldri om navn, diagnoser eller helseopplysninger – bare om forhold ved saken, med ja/nei eller faste valg. Svarene lagres ikke sammen med noe som identifiserer kandidaten.',
  back: 'Tilbake',
  cancel: 'Avbryt',
  next: 'Neste',
  durationInput: 'Antall måneder',
  durationQuick: 'Eller velg:',
  months: (n: number) => `${n} mnd`,
  monthsLong: (n: number) => `${n} ${n === 1 ? 'måned' : 'måneder'}`,

  badTyped: {
    choice: (labels: string[]) => `Det svaret forsto jeg ikke. Svar med ett av valgene: ${labels.map((l) => `«${l}»`).join(', ')} – eller skriv «tilbake» eller «avbryt».`,
    yesNo: 'Det svaret forsto jeg ikke. Svar «ja» eller «nei» (eller «vet ikke»), eller skriv «tilbake» eller «avbryt».',
    number: 'Skriv antall måneder som et tall fra 1 til 120, for eksempel «8» eller «8 mnd». Du kan også skrive «tilbake» eller «avbryt».',
  },
  badDuration: 'Varigheten må være et helt antall måneder fra 1 til 120.',
  atFirstQuestion: 'Dette er det første spørsmålet.',
  staleQuestion: 'Det kortet gjaldt et spørsmål du alt har svart på. Her er spørsmålet vi er på nå.',
  rulesUpdated: 'Regelverket i veilederen er oppdatert siden du svarte. Jeg har vurdert svarene dine på nytt etter de gjeldende reglene.',
  expired: 'Det er mer enn sju dager siden du startet denne vurderingen, så jeg har startet på nytt for å være sikker på at svarene er oppdaterte. Takk for tålmodigheten!',

  cancelledTitle: 'Vurderingen er avbrutt',
  cancelled: 'Greit, jeg har avbrutt vurderingen og slettet svarene. Du kan starte på nytt når du vil, eller stille meg et spørsmål.',
  staleTitle: 'Denne vurderingen er ikke lenger aktiv',
  stale: 'Kortet hører til en vurdering som er avsluttet, avbrutt eller erstattet av en nyere. Ingenting er endret. Start gjerne en ny vurdering.',
  badDataTitle: 'Noe gikk galt med kortet',
  badData: 'Noe i svaret fra kortet var ikke slik jeg ventet. Ingenting er endret. Prøv igjen, eller start en ny vurdering.',
  assessFailed: 'Jeg klarte ikke å vurdere svarene dine akkurat nå. Ingenting er sendt noe sted. Start gjerne på nytt, og kontakt HR hvis det skjer igjen.',
  badPrefill: 'Opplysningene fra sjekklisten kunne ikke brukes, så jeg starter uten dem.',
  startNew: 'Start ny vurdering',
  typedCancelled: 'Greit, jeg har avbrutt vurderingen. Skriv «ny stilling» for å starte på nytt.',

  reviewTitle: 'Sjekk svarene dine',
  reviewIntro: 'Stemmer dette? Trykk «Endre» for å rette et svar – da spør jeg på nytt om det som henger sammen med det.',
  edit: 'Endre',
  showResult: 'Vis resultatet',
  sourceDefault: '(forhåndsvalgt)',
  sourceRemembered: '(fra forrige gang)',
  sourcePrefill: '(fra sjekklisten)',
  reviewTyped: 'Skriv «ja» for å se resultatet, «tilbake» for å gå tilbake eller «avbryt» for å avbryte.',

  resultTitle: 'Dette kan du gjøre',
  resultIntro: 'Vurderingen bygger på svarene dine og gjeldende regler. Den er veiledning, ikke et juridisk vedtak – ta kontakt med HR ved tvil.',
  canDo: 'Dette kan du gjøre',
  maybeDo: 'Dette kan være mulig',
  noPaths: 'Ingen ansettelsesvei passer sikkert ut fra svarene dine.',
  hangsOn: (items: string[]) => `Avhenger av: ${items.join('; ')}.`,
  legalBasis: (refs: string[]) => `Lovgrunnlag: ${refs.join(', ')}`,
  conditions: 'Vilkår:',
  steps: 'Slik går du fram:',
  mustDo: 'Dette må du gjøre',
  watchOut: 'Dette bør du passe på',
  navPays: 'Dette kan NAV betale eller bidra med',
  scheduleLine: (from: number, to: number, percent: number) => `Måned ${from}–${to}: ${percent} %`,
  sources: 'Kilder',
  related: 'Les mer',
  readWhole: 'Les hele svaret',
  notApplicable: (n: number) => `Veier som ikke passer (${n})`,
  showNotApplicable: (n: number) => `Vis veier som ikke passer (${n})`,
  makeOrder: 'Lag bestilling til NAV',
  restart: 'Start på nytt',
  changeAnswers: 'Endre svar',
  rulesVersion: (v: string) => `Regelverksversjon ${v}`,

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
  orderReadyIntro: 'Kopier teksten fra feltet under og send den til NAV. Les gjennom og tilpass før du sender.',
  orderCopyLabel: 'Bestillingen (marker og kopier)',
  editOrder: 'Endre bestillingen',
  backToResult: 'Tilbake til resultatet',
  noOrderResult: 'Bestillingen kan lages når vurderingen er ferdig. Gå gjennom spørsmålene først.',
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
  temporary: (months: number, ground: string) => `Midlertidig i ${months} ${months === 1 ? 'måned' : 'måneder'} (${ground})`,
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

/** Plain-Norwegian names of the contract's field paths, for "what it hangs on". */
export const FIELD_LABELS: Record<string, string> = {
  candidate: 'om dere har en aktuell kandidat',
  'candidate.disabilityNeedingAccommodation': 'om kandidaten har en funksjonsnedsettelse som trenger tilrettelegging',
  'candidate.cvGap': 'om kandidaten har hull i CV-en (minst to av de siste fem årene utenfor arbeid, utdanning eller opplæring)',
  'candidate.cvGap.yearsOutsideLastFive': 'hvor lenge kandidaten har vært utenfor arbeid, utdanning eller opplæring de siste fem årene',
  'candidate.cvGap.causeListed': 'om fraværet skyldtes en av grunnene forskriften § 4a lister opp',
  'candidate.cvGap.employedOverOneYearNow': 'om kandidaten nå har fast jobb eller en midlertidig jobb på mer enn ett år',
  'candidate.temporaryWageSubsidy': 'om NAV gir midlertidig lønnstilskudd',
  'candidate.reducedWorkCapacity': 'om NAV har vurdert at kandidaten har nedsatt arbeidsevne',
  'candidate.higherEducation': 'om kandidaten har høyere utdanning',
  'candidate.completedStateTraineeHere': 'om kandidaten har fullført Traineeprogrammet i staten hos dere',
  'candidate.qualified': 'om kandidaten fyller kvalifikasjonskravene til stillingen',
  'employer.personnelRegulationAllowsOneYear': 'om personalreglementet deres tillater administrativ tilsetting i inntil ett år',
  'position.absenceReason': 'hvorfor den som vikariatet gjelder er borte',
  'position.durationMonths': 'hvor lenge stillingen skal vare',
  'position.ground': 'grunnlaget for midlertidig ansettelse',
};

/** Norwegian names of NAV's measures, for the order text. */
export const MEASURE_NAMES: Record<string, string> = {
  'nav.temporary-wage-subsidy': 'Midlertidig lønnstilskudd',
  'nav.work-trial': 'Arbeidstrening',
  'nav.accommodation-grant': 'Tilretteleggingstilskudd',
  'nav.mentor-grant': 'Mentortilskudd',
  'nav.absence-refund': 'Refusjon av sykepenger eller foreldrepenger for den som er borte',
};

export interface QuestionStrings {
  text: string;
  why: string;
  source: string;
  /** Short label on the review card. */
  review: string;
}

/** Question texts, one line on why, and the legal source. */
export const Q = {
  sector: {
    text: 'Hvor er stillingen?',
    why: 'Staten og kommunene har ulike regler for ansettelse.',
    source: 'statsansatteloven; arbeidsmiljøloven kap. 14',
    review: 'Sektor',
  },
  permanent: {
    text: 'Er stillingen fast eller midlertidig?',
    why: 'Fast ansettelse er hovedregelen; flere unntak gjelder bare midlertidige stillinger.',
    source: 'statsansatteloven § 9; arbeidsmiljøloven § 14-9',
    review: 'Fast eller midlertidig',
  },
  duration: {
    text: 'Hvor mange måneder skal stillingen vare?',
    why: 'Varigheten avgjør om du kan ansette uten utlysning (inntil 6 eller 12 måneder, eller 2 år med lønnstilskudd).',
    source: 'statsansatteloven § 7; statsansatteforskriften § 3a',
    review: 'Varighet',
  },
  ground: {
    text: 'Hva er grunnen til at stillingen er midlertidig?',
    why: 'Midlertidig ansettelse krever et lovlig grunnlag, og vikariater for fravær kan gi refusjon fra NAV.',
    source: 'statsansatteloven § 9 (1); arbeidsmiljøloven § 14-9 (2)',
    review: 'Grunnlag for midlertidighet',
  },
  regulation: {
    text: 'Sier personalreglementet deres at administrativ tilsetting kan gjelde i inntil ett år?',
    why: 'Uten utlysning kan du tilsette for inntil seks måneder, eller inntil ett år hvis personalreglementet sier det.',
    source: 'statsansatteloven § 7',
    review: 'Personalreglementet tillater ett år',
  },
  hasCandidate: {
    text: 'Har dere en aktuell kandidat i tankene, for eksempel en NAV har foreslått?',
    why: 'Flere unntak fra utlysning gjelder bare for en kandidat i målgruppen.',
    source: 'statsansatteforskriften §§ 3a, 4 og 4a',
    review: 'Aktuell kandidat',
  },
  disability: {
    text: 'Har kandidaten selv sagt at hen har en funksjonsnedsettelse som trenger tilrettelegging på jobb?',
    why: 'Da er kandidaten i målgruppen, og dere har plikt til å tilrettelegge.',
    source: 'statsansatteforskriften § 4; arbeidsmiljøloven § 4-6',
    review: 'Funksjonsnedsettelse som trenger tilrettelegging',
  },
  cvGap: {
    text: 'Har kandidaten til sammen vært minst to av de siste fem årene utenfor arbeid, utdanning eller opplæring, av en grunn forskriften nevner: rusproblemer, soning, fysisk eller psykisk sykdom, eller aktiv jobbsøking? Svar bare ja eller nei – ikke hvilken grunn.',
    why: 'Hull i CV-en av minst to år, av en av grunnene forskriften lister opp, gir plass i målgruppen. Jeg spør ikke hvilken grunn det er: det er helse- eller strafferelaterte opplysninger som regelen ikke trenger, og som verken du eller jeg bør notere.',
    source: 'statsansatteforskriften § 4a',
    review: 'Hull i CV-en',
  },
  employedNow: {
    text: 'Har kandidaten nå en fast jobb, eller en midlertidig jobb på mer enn ett år?',
    why: 'Den som nå har slik jobb, regnes ikke som å ha hull i CV-en.',
    source: 'statsansatteforskriften § 4a',
    review: 'Nå i fast jobb eller jobb over ett år',
  },
  subsidy: {
    text: 'Gir NAV (eller vil NAV gi) midlertidig lønnstilskudd for kandidaten?',
    why: 'Med lønnstilskudd kan en midlertidig stilling på inntil to år besettes uten utlysning; satsen avhenger av om NAV har funnet nedsatt arbeidsevne.',
    source: 'statsansatteforskriften § 3a første ledd b; tiltaksforskriften § 9-4',
    review: 'Midlertidig lønnstilskudd',
  },
  reducedCapacity: {
    text: 'Har NAV vurdert at kandidaten har nedsatt arbeidsevne?',
    why: 'Da gir lønnstilskuddet høyere sats og kan vare i inntil to år.',
    source: 'tiltaksforskriften § 9-4',
    review: 'Nedsatt arbeidsevne (NAVs vurdering)',
  },
  higherEducation: {
    text: 'Har kandidaten høyere utdanning?',
    why: 'Traineeprogrammet i staten er for personer i målgruppen med høyere utdanning.',
    source: 'statsansatteloven § 9 (1) c (Traineeprogrammet i staten)',
    review: 'Høyere utdanning',
  },
  completedTrainee: {
    text: 'Har kandidaten fullført Traineeprogrammet i staten hos dere?',
    why: 'En trainee som har fullført hos dere, kan få fast stilling uten utlysning.',
    source: 'statsansatteforskriften § 3a første ledd a',
    review: 'Fullført Traineeprogrammet hos dere',
  },
  qualified: {
    text: 'Fyller kandidaten kvalifikasjonskravene til stillingen?',
    why: 'Kvalifikasjonsprinsippet gjelder også når stillingen ikke lyses ut.',
    source: 'statsansatteloven § 3; statsansatteforskriften § 3a',
    review: 'Fyller kvalifikasjonskravene',
  },
} satisfies Record<string, QuestionStrings>;

/** Choice labels. `aliases` are extra typed words that pick the choice (lower case). */
export const CHOICES = {
  yes: { label: 'Ja', aliases: ['ja', 'j', 'yes', 'y', 'jepp', 'jo', 'stemmer'] },
  no: { label: 'Nei', aliases: ['nei', 'n', 'no', 'nope'] },
  unknown: { label: 'Vet ikke', aliases: ['vet ikke', 'vet ikke ennå', 'usikker', 'ukjent', 'vetikke', 'vi', 'aner ikke', 'ikke sikker'] },
  state: { label: 'Staten', aliases: ['staten', 'stat', 'statlig', 'statlig virksomhet', 'statlig tariffområde'] },
  municipal: { label: 'Kommune eller fylkeskommune', aliases: ['kommune', 'kommunen', 'kommunal', 'fylkeskommune', 'kommunal sektor'] },
  permanent: { label: 'Fast', aliases: ['fast', 'fast stilling', 'permanent'] },
  temporary: { label: 'Midlertidig', aliases: ['midlertidig', 'midlertidig stilling', 'vikariat', 'engasjement', 'temporary'] },
  temporary_work: { label: 'Arbeidet er midlertidig (f.eks. et prosjekt)', aliases: ['prosjekt', 'midlertidig arbeid', 'arbeidet er midlertidig'] },
  'substitute:sick_leave': { label: 'Vikar for en som er sykmeldt', aliases: ['sykmeldt', 'sykemeldt', 'sykefravær', 'vikar sykmeldt'] },
  'substitute:parental_leave': { label: 'Vikar for en i foreldrepermisjon', aliases: ['foreldrepermisjon', 'permisjon', 'fødselspermisjon', 'mammapermisjon', 'pappapermisjon'] },
  'substitute:other': { label: 'Vikar av en annen grunn', aliases: ['vikar', 'vikariat annen grunn', 'annen vikar'] },
  substitute: { label: 'Vikariat', aliases: [] },
  practice: { label: 'Praksisarbeid (f.eks. trainee)', aliases: ['praksis', 'praksisarbeid', 'trainee'] },
  education_position: { label: 'Utdanningsstilling', aliases: ['utdanning', 'utdanningsstilling', 'lærling'] },
  unforeseen_need: { label: 'Uforutsett behov (inntil 6 mnd)', aliases: ['uforutsett', 'uforutsett behov'] },
  labour_market_measure: { label: 'Deltaker i tiltak fra NAV', aliases: ['nav-tiltak', 'tiltak', 'arbeidsmarkedstiltak', 'nav tiltak'] },
  none: { label: 'Ingen av disse', aliases: ['ingen', 'ingen av disse', 'annet', 'annen'] },
  'gap:yes': { label: 'Ja', aliases: ['ja', 'j', 'yes', 'y'] },
  'subsidy:reduced': { label: 'Ja – NAV har funnet nedsatt arbeidsevne (60 %)', aliases: ['ja nedsatt arbeidsevne', 'nedsatt arbeidsevne', '60', '60 %'] },
  'subsidy:ordinary': { label: 'Ja – ordinær sats (40 %)', aliases: ['ja ordinær', 'ordinær', '40', '40 %'] },
  'subsidy:yes': { label: 'Ja, men vet ikke satsen', aliases: ['ja', 'j', 'yes', 'y'] },
  'gap:no': { label: 'Nei', aliases: ['nei', 'n', 'no', 'mindre enn to år'] },
  'gap:unknown': { label: 'Vet ikke', aliases: ['vet ikke', 'usikker', 'ukjent'] },
} as const;
