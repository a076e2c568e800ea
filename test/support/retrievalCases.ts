/**
 * Held-out questions for retrieval over the curated entries, written independently of the entries'
 * own phrasings (paraphrases, typos, nynorsk, English), each with the entry (or entries) that must
 * answer it; and questions outside the bot's scope that must be refused.
 */
export const IN_SCOPE: Array<[question: string, expected: string | string[]]> = [
  ['Kan vi tilsetje nokon i seks månader utan å lyse ut stillinga?', ['state-administrative-appointment', 'state-exceptions-overview']],
  ['Kan vi beholde en administrativt ansatt lenger enn et halvt år?', 'state-admin-keep-longer'],
  ['Can we hire someone on a wage subsidy without advertising the job?', ['state-wage-subsidy-no-advertisement', 'state-exceptions-overview', 'mun-state-exceptions']],
  ['lønstilskudd uten utlysing før juli 2022', 'state-wage-subsidy-2022-change'],
  ['hva regnes som hull i cv en', 'tg-cv-gap-definition'],
  ['hvordan teller man de to årene med fravær fra arbeid', ['tg-cv-gap-counting', 'tg-who-is-target-group']],
  ['Korleis veit vi at ein søkjar er i målgruppa?', 'tg-self-declaration'],
  ['Hvorfor krysser så få søkere av for nedsatt funksjonsevne?', 'tg-why-few-tick'],
  ['Hvordan bør vi omtale kandidatene fra målgruppen?', 'tg-respectful-language'],
  ['kvalifikasjonsprinsipet i kommunen', 'mun-qualification-principle'],
  ['Kan kommunen lyse ut stillinger kun for folk med funksjonsnedsettelse?', ['mun-target-group-only-advert', 'mun-target-group-advert-how']],
  ['Hvilke kommuner deltar i Inn i jobb?', ['mun-inn-i-jobb-municipalities', 'mun-inn-i-jobb']],
  ['what is VTA-O', 'mun-vta-o'],
  ['må jeg tilrettelegge for en søker i rullestol', ['duty-individual-accommodation', 'duty-accommodation-applicants']],
  ['Får VTA-O-deltakarar løn?', 'mun-vta-o-wages'],
  ['kan kommunen ansette midlertidig i tolv måneder uten grunn', 'mun-general-temporary-repealed'],
  ['treårsregelen midlertidig tilsett', 'state-three-year-rule'],
  ['Hvor lenge varer traineeprogrammet?', 'state-trainee-duration'],
  ['Kan en trainee bli fast ansatt uten utlysning etterpå?', 'state-trainee-permanent'],
  ['Hvem bestemmer hvem som blir ansatt i en statlig virksomhet?', 'state-appointing-authority'],
  ['Må vi drøfte midlertidige ansettelser med de tillitsvalgte?', 'state-temp-union-discussion'],
  ['Er en praksisplass fra NAV praksisarbeid etter § 9?', 'state-temp-practice-work'],
  ['vikariat i staten', 'state-temp-substitute'],
  ['innstilling før ansettelse i staten', 'state-recommendation-innstilling'],
  ['lønstilskud nedsat arbeidsevne', 'nav-wage-subsidy-rates'],
];

export const OUT_OF_SCOPE = [
  'Hvordan blir været i morgen?',
  'Hva er været i Oslo?',
  'Hvor mange uker foreldrepermisjon har jeg krav på?',
  'Hvor mye foreldrepenger får jeg?',
  'Jeg får ikke logget inn på PC-en, hva gjør jeg?',
  'Outlook krasjer hele tiden',
  'Printeren virker ikke',
  'Hvordan bytter jeg passord?',
  'Hvordan forhandler jeg min egen lønn?',
  'Jeg vil ha høyere lønn, hvordan får jeg lønnsøkning?',
  'Hvor mye ferie har jeg krav på?',
  'Når går neste tog til Bergen?',
  'Hvem vant fotballkampen i går?',
  'What is the capital of France?',
  'Kan jeg ta med hunden på jobb?',
  'Skriv et dikt om våren',
];

