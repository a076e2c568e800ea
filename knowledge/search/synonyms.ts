/**
 * Synonym groups: abbreviations, nynorsk and English forms, and phrases that mean the same thing.
 * Each group becomes one concept token: an entry that contains any phrase of a group is indexed with
 * the group's token, and a question that contains one is searched by it. Phrases are written as a
 * person would type them; they pass through the same folding and stemming as the text.
 */
export const SYNONYM_GROUPS: Record<string, readonly string[]> = {
  cvgap: [
    'hull i cv', 'hull i cv-en', 'hull i cven', 'cv-hull', 'hol i cv', 'hol i cv-en',
    'fravær fra arbeid utdanning opplæring', 'fravær fra arbeid, utdanning eller opplæring',
    'utenfor arbeid utdanning opplæring', 'utanfor arbeid utdanning opplæring',
    'gap in cv', 'cv gap', 'gap in resume', 'resume gap', 'employment gap', 'gaps in cv',
  ],
  disability: [
    'nedsatt funksjonsevne', 'nedsett funksjonsevne', 'funksjonsnedsettelse', 'funksjonsnedsettelser',
    'funksjonshemming', 'funksjonshemmet', 'funksjonshemma', 'funksjonshemmede', 'disability',
    'disabilities', 'disabled', 'handicap', 'handikap', 'funksjonshindring',
    // Concrete impairments managers name instead of the legal term.
    'rullestol', 'rullestolbruker', 'synshemmet', 'synshemming', 'blind', 'svaksynt', 'hørselshemmet',
    'hørselshemming', 'døv', 'tunghørt', 'dysleksi', 'autisme', 'adhd', 'wheelchair', 'deaf',
  ],
  workcapacity: [
    'nedsatt arbeidsevne', 'nedsett arbeidsevne', 'redusert arbeidsevne', 'reduced work capacity',
    'reduced working capacity', 'reduced ability to work',
  ],
  wagesubsidy: [
    'lønnstilskudd', 'lønnstilskot', 'lønstilskot', 'lts', 'wage subsidy', 'wage subsidies',
    'salary subsidy', 'pay subsidy',
  ],
  subsidy: ['tilskudd', 'tilskot', 'subsidy', 'subsidies', 'grant', 'grants'],
  wage: ['lønn', 'løn', 'salary', 'wage', 'wages'],
  advertise: [
    'utlyse', 'utlysning', 'utlysninger', 'utlyst', 'utlyses', 'utlysingen', 'utlysing', 'lyse ut',
    'lyst ut', 'lyses ut', 'lyse ut stillingen', 'advertise', 'advertising', 'advertised',
    'advertisement', 'job ad', 'kunngjøre', 'kunngjøring', 'kunngjort', 'annonsere', 'annonsert',
  ],
  hire: [
    'ansette', 'ansettelse', 'ansettelser', 'ansetter', 'ansettes', 'tilsette',
    'tilsetje', 'tilsetjing', 'tilsetting', 'tilsettingar', 'hire', 'hiring', 'hired', 'employ',
    'employing', 'appoint', 'appointment', 'appointing',
  ],
  recruit: ['rekruttere', 'rekruttering', 'rekrutteringer', 'recruit', 'recruiting', 'recruitment'],
  temporary: [
    'midlertidig', 'midlertidige', 'mellombels', 'mellombelse', 'temporary', 'temporarily',
    'tidsbegrenset', 'tidsbegrensa', 'tidsavgrensa', 'tidsavgrenset', 'fixed-term', 'fixed term',
    'engasjement', 'engasjementer', 'engasjementsstilling', 'engasjert', 'korttidsansettelse',
  ],
  substitute: ['vikar', 'vikarer', 'vikariat', 'vikariater', 'vikariere', 'substitute', 'stand-in'],
  permanent: [
    'fast ansatt', 'fast ansettelse', 'fast stilling', 'fast tilsett', 'fast tilsetjing', 'permanent',
    'permanently', 'fast jobb', 'fast tilsetting',
  ],
  nav: [
    'nav', 'arbeids- og velferdsetaten', 'velferdsetaten', 'nav-kontoret', 'navkontoret', 'nav-kontor', 'via nav',
    'gjennom nav', 'fra nav', 'nav arbeidslivssenter', 'markedskontakt', 'rekrutteringsbistand',
  ],
  // A person placed by NAV: on a labour-market measure rather than hired.
  measure: [
    'tiltak', 'tiltaket', 'tiltaksplass', 'tiltaksdeltaker', 'tiltaksdeltakere', 'arbeidsmarkedstiltak', 'nav-tiltak',
    'fra tiltak', 'på tiltak', 'arbeidsrettet tiltak', 'labour market measure', 'labor market program',
  ],
  order: [
    'bestilling', 'bestillingen', 'bestille', 'bestiller', 'bestilt', 'melde behov', 'meld behov', 'behovsmelding',
    'be nav om', 'be om kandidater', 'order', 'request candidates',
  ],
  vtao: [
    'vta-o', 'vtao', 'varig tilrettelagt arbeid i ordinær virksomhet', 'varig tilrettelagt arbeid i ordinære virksomheter',
    'varig tilrettelagd arbeid i ordinær verksemd', 'varig tilrettelagt arbeid ordinær',
  ],
  vta: ['vta', 'varig tilrettelagt arbeid', 'varig tilrettelagd arbeid', 'sheltered work', 'sheltered employment'],
  trainee: [
    'traineeprogrammet', 'traineeprogram', 'traineeprogramma', 'trainee', 'traineer', 'trainee programme',
    'trainee program', 'traineeordningen', 'traineestilling', 'traineestillinger',
  ],
  qualification: [
    'kvalifikasjonsprinsippet', 'kvalifikasjonsprinsipp', 'best kvalifiserte', 'best kvalifisert',
    'qualification principle', 'merit principle', 'best qualified', 'most qualified',
  ],
  worktrial: [
    'arbeidstrening', 'arbeidstreningen', 'arbeidsutprøving', 'arbeidspraksis',
    'work trial', 'work training', 'work placement', 'job trial',
  ],
  accommodation: [
    'tilrettelegging', 'tilrettelegge', 'tilrettelegginga', 'tilretteleggje', 'tilretteleggjing',
    'tilrettelegges', 'accommodation', 'accommodations', 'adjustment', 'adjustments', 'adaptation',
    // Concrete aids a manager names instead of the word.
    'hjelpemiddel', 'hjelpemidler', 'hjelpemidlar', 'spesialstol', 'kontorstol', 'hev-senk-pult', 'skjermleser',
    'tilpasset utstyr', 'spesialtilpasset',
    'adapt', 'accommodate',
  ],
  sickleave: [
    'sykefravær', 'sykmelding', 'sykemelding', 'sykmeldt', 'sykemeldt', 'sjukefråvær', 'sjukmelding',
    'sjukemelding', 'sjukmeld', 'sick leave', 'sickness absence', 'sick',
  ],
  parentalleave: [
    'foreldrepermisjon', 'fødselspermisjon', 'svangerskapspermisjon', 'pappapermisjon', 'parental leave',
    'maternity leave', 'paternity leave',
  ],
  municipality: [
    'kommune', 'kommunen', 'kommuner', 'kommunene', 'kommunal', 'kommunale', 'kommunar', 'kommunane',
    'municipality', 'municipalities', 'municipal', 'local government', 'kommunesektoren', 'kommunal sektor',
  ],
  county: ['fylkeskommune', 'fylkeskommunen', 'fylkeskommuner', 'county', 'county municipality'],
  state: [
    'staten', 'statlig', 'statlige', 'statleg', 'statlege', 'state', 'government agency', 'central government',
    'statlig tariffområde', 'statleg tariffområde',
  ],
  agency: ['virksomhet', 'virksomheten', 'virksomheter', 'verksemd', 'verksemda', 'agency', 'agencies', 'etat', 'etaten'],
  interview: ['intervju', 'intervjuet', 'intervjue', 'intervjuer', 'interview', 'interviews', 'kalle inn', 'innkalle', 'innkalling'],
  // In hiring talk a "kandidat" and a "søker" are the same person seen at two moments.
  applicant: [
    'søker', 'søkere', 'søkerne', 'søkjar', 'søkjarar', 'søkar', 'applicant', 'applicants',
    'kandidat', 'kandidater', 'kandidaten', 'kandidatar', 'candidate', 'candidates',
    'arbeidssøker', 'arbeidssøkere', 'arbeidssøkeren', 'arbeidssøkjar', 'jobbsøker', 'jobbsøkere', 'job seeker', 'job seekers',
  ],
  employer: ['arbeidsgiver', 'arbeidsgivere', 'arbeidsgjevar', 'arbeidsgivar', 'employer', 'employers'],
  employee: ['arbeidstaker', 'arbeidstakere', 'arbeidstakar', 'employee', 'employees'],
  position: ['stilling', 'stillingen', 'stillinger', 'stillinga', 'position', 'positions', 'vacancy', 'vacancies', 'ledig stilling'],
  job: ['jobb', 'job', 'jobs', 'jobben'],
  union: [
    'tillitsvalgte', 'tillitsvalgt', 'tillitsvald', 'tillitsvalde', 'fagforening', 'fagforeninger',
    'fagforeiningar', 'union', 'unions', 'union representative', 'union representatives', 'trade union',
  ],
  preference: [
    'positiv særbehandling', 'moderat kvotering', 'kvotering', 'positive discrimination',
    'preferential treatment', 'affirmative action', 'tilnærmet like godt kvalifisert', 'tilnærmet like kvalifisert',
  ],
  parttime: ['redusert arbeidstid', 'kortere arbeidstid', 'deltid', 'deltidsstilling', 'part-time', 'part time', 'reduced hours'],
  followup: ['oppfølging', 'oppfølgingen', 'oppfølgjing', 'følge opp', 'følgje opp', 'follow-up', 'follow up'],
  innijobb: ['inn i jobb', 'inn-i-jobb', 'into work'],
  young: ['unge', 'ungdom', 'ungdommer', 'unge voksne', 'young people', 'youth', 'young'],
  duration: [
    'varighet', 'varigheit', 'hvor lenge', 'kor lenge', 'how long', 'duration', 'lengde', 'inntil', 'opptil',
    'maksimalt', 'maks', 'varer', 'varte', 'år', 'måneder', 'måned', 'månad', 'månader', 'mnd', 'md', 'months', 'years',
    'uker', 'veker', 'weeks', 'forlenge', 'forlengelse', 'forlenging', 'extend', 'extension',
  ],
  // The legal ground something rests on.
  ground: ['grunn', 'grunner', 'grunnlag', 'grunnlaget', 'grunnlagene', 'hjemmel', 'hjemmelen', 'hjemler', 'lovlig grunn', 'ground', 'grounds', 'legal basis'],
  // Modal verbs: what one may do against what one must do; and negation.
  may: ['kan', 'kunne', 'lov', 'lov å', 'tillatt', 'adgang', 'anledning', 'mulighet', 'can', 'may', 'allowed', 'permitted'],
  must: [
    'må', 'måtte', 'skal', 'skulle', 'plikt', 'plikter', 'pliktig', 'pålagt', 'krav', 'kreves', 'nødt', 'obligatorisk',
    'must', 'required', 'obliged', 'obligation', 'have to', 'has to', 'duty',
  ],
  should: ['bør', 'burde', 'anbefalt', 'anbefaler', 'lurt', 'should', 'recommended'],
  not: ['ikke', 'ikkje', 'uten', 'utan', 'unntak', 'unntatt', 'slippe', 'not', 'without', 'exception', 'exempt'],
  amount: ['hvor mye', 'kor mykje', 'how much', 'sats', 'satser', 'satsen', 'beløp', 'prosent', 'prosentsats', 'dekker', 'dekke', 'refusjon', 'rate', 'rates'],
  participate: ['delta', 'deltar', 'deltok', 'deltatt', 'deltaker', 'deltakere', 'deltakar', 'deltakarar', 'take part', 'participate', 'participant', 'participants'],
  help: ['bistå', 'bistand', 'hjelpe', 'hjelp', 'hjelpa', 'assistanse', 'støtte', 'help', 'assist', 'assistance', 'support'],
  threeyear: ['treårsregelen', 'treårsregel', 'three-year rule', 'three year rule', 'tre år sammenhengende'],
  discrimination: ['diskriminering', 'diskriminere', 'forskjellsbehandling', 'discrimination', 'discriminate'],
  privacy: ['personvern', 'personopplysninger', 'personopplysningar', 'privacy', 'data protection', 'gdpr'],
  prison: ['fengsel', 'fengselsopphold', 'soning', 'sonet', 'straffedømt', 'prison', 'imprisonment', 'incarceration'],
  substance: ['rus', 'rusmisbruk', 'rusproblemer', 'rusavhengighet', 'rusavhengig', 'substance abuse', 'addiction'],
  mentalillness: ['psykisk sykdom', 'psykiske lidelser', 'psykisk uhelse', 'mental illness', 'mental health'],
  report: ['rapportere', 'rapportering', 'rapporterer', 'rapport', 'report', 'reporting', 'redegjøre', 'redegjørelse'],
  recommendation: ['innstilling', 'innstille', 'innstillingen', 'innstillingsråd', 'recommendation', 'shortlist'],
  trialperiod: ['prøvetid', 'prøvetiden', 'probation', 'probationary period', 'trial period'],
  mentor: ['mentor', 'mentorer', 'mentoring', 'fadder'],
};
