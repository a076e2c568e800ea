/**
 * Round fourteen (r14-municipal): the municipal topics covered from their public sources, fact by fact —
 * arbeidsmiljøloven § 14-9 (Arbeidstilsynet's text), § 14-6 third and fourth paragraphs (from 1 July 2024),
 * § 15-6 on probation, KS (Inn i jobb: jus og ansettelser; webinar on the qualification principle;
 * KS-advokatene), Oslo kommune's rekrutteringsordning, Proba's launch note for Inn i jobb and the seeds.
 * New entries answer one question each; a few existing entries got a fact or a phrasing. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'mun-permanent-main-rule',
  'mun-temp-ends-automatically',
  'mun-temp-absence-not-deducted',
  'mun-measure-participant-not-permanent',
  'mun-target-group-competence-requirements',
  'mun-inn-i-jobb-start',
  'mun-ks-targeted-advert-assessment',
  'mun-qualification-why-quality',
  'mun-probation-weaker-protection',
  'mun-probation-oral-agreement',
  'mun-contract-silent-temporary',
  'mun-probation-sick-dismissal',
] as const;

describeHouseStyle('round fourteen municipal entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fourteen municipal entries say what their sources say',
  [
    // Arbeidstilsynet: aml § 14-9 første ledd (fast = løpende, tidsubegrenset, reelt stillingsomfang)
    ['mun-permanent-main-rule', /\*\*fast ansettelse hovedregelen\*\*/],
    ['mun-permanent-main-rule', /\*\*løpende og tidsubegrenset\*\*/],
    ['mun-permanent-main-rule', /\*\*reelt stillingsomfang\*\*/],
    // Arbeidstilsynet: aml § 14-9 sjette ledd; NHO: Regler for midlertidig ansettelse
    ['mun-temp-ends-automatically', /\*\*opphører uten oppsigelse\*\*/],
    ['mun-temp-ends-automatically', /med mindre annet er skriftlig avtalt eller følger av tariffavtale/],
    // NHO: midlertidige avtaler er oppsigelige i avtaleperioden etter lovens alminnelige regler
    ['mun-temp-ends-automatically', /i avtaleperioden kan arbeidsforholdet bare avsluttes etter lovens vanlige regler om oppsigelse/],
    // aml § 14-9 sjuende ledd; KS-advokatene on the 2015 amendment; Utdanningsforbundet on short breaks
    ['mun-temp-absence-not-deducted', /ikke gjøres fradrag for arbeidstakerens fravær/],
    ['mun-temp-absence-not-deducted', /korte opphold mellom kontraktene kan bli sett bort fra/],
    // aml § 14-9 andre ledd bokstav d and sjuende ledd (the rule covers a and b only)
    ['mun-measure-participant-not-permanent', /gjelder bare vikariat og arbeid av midlertidig karakter/],
    ['mun-measure-participant-not-permanent', /Fast stilling krever en ny ansettelse/],
    // Oslo kommune: vanlige betingelser og kvalifikasjonskrav; KS webinar: ikke på bekostning av formelle kompetansekrav
    ['mun-target-group-competence-requirements', /\*\*vanlige betingelser og kvalifikasjonskrav\*\*/],
    ['mun-target-group-competence-requirements', /\*\*ikke gå på bekostning av formelle kompetansekrav\*\*/],
    // Proba: lansering 16 June 2021, pilot in Agder, Innlandet, Nordland; KS: intensjonsavtale (roles)
    ['mun-inn-i-jobb-start', /\*\*16\. juni 2021\*\*/],
    ['mun-inn-i-jobb-start', /\*\*Agder, Innlandet og Nordland\*\*/],
    ['mun-inn-i-jobb-start', /\*\*KS\*\* har prosjektansvaret/],
    // KS: Inn i jobb – jus og ansettelser (hovedstyret orientert 5. april 2022)
    ['mun-ks-targeted-advert-assessment', /hovedstyret i KS ble orientert om saken \*\*5\. april 2022\*\*/],
    ['mun-ks-targeted-advert-assessment', /\*\*så lavt at det er rimelig\*\*/],
    // KS: Inn i jobb – jus og ansettelser (quality of services; barnevern, oppvekst, tekniske tjenester, helse og omsorg)
    ['mun-qualification-why-quality', /\*\*kvaliteten på tjenestene\*\*/],
    ['mun-qualification-why-quality', /barnevern, oppvekst, tekniske tjenester, helse og omsorg/],
    ['mun-qualification-principle', /Begrunnelsen er \*\*kvaliteten på tjenestene\*\*/],
    // KS: Inn i jobb – jus og ansettelser («et ulovfestet prinsipp med lovs rang»)
    ['mun-qualification-principle', /\*\*ulovfestet prinsipp med lovs rang\*\*/],
    // KS: Inn i jobb på Arendalsuka («Privat sektor kan ansette hvem de vil – det kan ikke kommunene»)
    ['mun-qualification-why-quality', /en privat bedrift kan i utgangspunktet ansette hvem den vil; det kan ikke kommunen/],
    // aml § 15-6 første ledd, § 15-3 sjuende ledd, § 15-11 tredje ledd; arbeidsmiljoloven.com; Ræder Bing
    ['mun-probation-weaker-protection', /\*\*lavere terskel for oppsigelse\*\*/],
    ['mun-probation-weaker-protection', /\*\*Ingen rett til å stå i stillingen\*\*/],
    // aml § 15-6 første ledd («skriftlig er ansatt på en bestemt prøvetid»); Compendia: muntlig avtale → alminnelige regler
    ['mun-probation-oral-agreement', /^Nei – prøvetid må være \*\*avtalt skriftlig\*\*/],
    ['mun-probation-oral-agreement', /\*\*alminnelige reglene\*\* om oppsigelsesvern/],
    // aml § 14-6 tredje og fjerde ledd (from 1 July 2024); Compendia: Hva skjer hvis arbeidsavtalen er uklar?
    ['mun-contract-silent-temporary', /\*\*legges til grunn at arbeidstakeren er fast ansatt\*\*/],
    ['mun-contract-silent-temporary', /\*\*arbeidstakerens påstand\*\* om omfanget/],
    // Arbeidstilsynet: aml § 15-8 første og andre ledd; Advokaten hjelper deg: the protection covers dismissal because of the sickness only
    ['mun-probation-sick-dismissal', /\*\*ikke si opp på grunn av sykdommen\*\*/],
    ['mun-probation-sick-dismissal', /de første 12 måneder.{0,20} etter at arbeidsuførheten inntrådte/],
    ['mun-probation-sick-dismissal', /med mindre kommunen gjør noe annet \*\*overveiende sannsynlig\*\*/],
    // Oslo kommune: Rekrutteringsordningen (Handlingsplan for mennesker med funksjonsnedsettelser)
    ['mun-oslo-recruitment-scheme', /«Handlingsplan for mennesker med funksjonsnedsettelser»/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round fourteen manager questions reach the entry that holds the fact',
  [
    ['Er hovedregelen fast ansettelse også i kommunen?', 'municipal', 'mun-permanent-main-rule'],
    // moved from the known misses in round 28: routes since mun-welfare-grounds got phrasings on preference and the ministry's letter
    ['Gir hull i CV-en alltid rett til positiv særbehandling', undefined, 'mun-welfare-grounds'],
    // Reached since round 21 added the 2023 letter to mun-inn-i-jobb (was a known miss, score 0.45)
    ['Hva skjedde med Inn i jobb etter 2023?', undefined, 'mun-inn-i-jobb'],
    ['Slutter en midlertidig ansettelse automatisk når perioden er ute?', 'municipal', 'mun-temp-ends-automatically'],
    ['Gjelder treårsregelen for en som er ansatt som NAV-tiltaksdeltaker?', 'municipal', 'mun-measure-participant-not-permanent'],
    ['Teller tiden med lønnstilskudd med i treårsregelen?', 'municipal', 'mun-measure-participant-not-permanent'],
    ['Blir en med lønnstilskudd automatisk fast etter to år?', 'municipal', 'mun-measure-participant-not-permanent'],
    ['Når ble KS hovedstyre orientert om unntaket fra kvalifikasjonsprinsippet?', 'municipal', 'mun-ks-targeted-advert-assessment'],
    ['Må søkere i målgruppen fylle kvalifikasjonskravene i stillingen?', 'municipal', 'mun-target-group-competence-requirements'],
    ['Kan vi se bort fra kompetansekrav i lov når vi ansetter fra målgruppen?', 'municipal', 'mun-target-group-competence-requirements'],
    ['Hvilke regioner var med i piloten til Inn i jobb?', 'municipal', 'mun-inn-i-jobb-start'],
    ['Hva sier KS om hvorfor kvalifikasjonsprinsippet er viktig for tjenestene?', 'municipal', 'mun-qualification-why-quality'],
    ['Er oppsigelsesvernet svakere i prøvetiden?', 'municipal', 'mun-probation-weaker-protection'],
    ['Vi har bare avtalt prøvetid muntlig med den nye på barnehagen, gjelder den?', 'municipal', 'mun-probation-oral-agreement'],
    ['Arbeidsavtalen sier ikke at stillingen er midlertidig – hva gjelder da?', 'municipal', 'mun-contract-silent-temporary'],
    ['Må vi gi beskjed skriftlig om at prøvetiden forlenges?', 'municipal', 'mun-probation-extension-absence'],
    ['Hva bygger Oslo kommunes rekrutteringsordning på?', 'municipal', 'mun-oslo-recruitment-scheme'],
    ['Står unntaket for målgruppen i kommunen i lov eller forskrift?', 'municipal', 'mun-state-conditions-own-room'],
    ['vikar har jobbet her i to år, hvor lang varsel før siste dag', 'municipal', 'mun-temp-end-notice'],
    ['Hvorfor har kommunesektoren kvalifikasjonsprinsippet?', 'municipal', 'mun-qualification-principle'],
    ['Kan vi si opp en nyansatt i prøvetiden mens hun er sykmeldt?', 'municipal', 'mun-probation-sick-dismissal'],
    ['Hvilke tre unntak har staten som kommunen manglet?', 'municipal', 'mun-ks-request-state-exceptions'],
    ['Hvorfor kan ikke kommunen ansette hvem den vil slik en privat bedrift kan?', 'municipal', 'mun-qualification-why-quality'],
    ['Har kvalifikasjonsprinsippet lovs rang i kommunen?', 'municipal', 'mun-qualification-principle'],
    ['Kan en midlertidig ansatt i kommunen si opp før kontrakten er ute?', 'municipal', 'mun-temp-ends-automatically'],
    ['Diskriminerer vi andre søkere når vi øremerker en stilling?', 'municipal', 'mun-target-group-only-advert'],
    ['Kan vi lyse ut på nytt uten krav om funksjonsnedsettelse hvis ingen i målgruppen er kvalifisert?', 'municipal', 'mun-target-group-advert-how'],

    // Known misses of the round (it.todo notes), now answered.
    ['Hva legger vi vekt på når vi vurderer hvem som er best kvalifisert', undefined, 'mun-qualification-principle'],
  ],
  DAY,
);

describe('round fourteen municipal known misses', () => {
  it.todo('«lønnstilskuddsperioden nærmer seg slutten» (compound word) → mun-wage-subsidy-ending (0.40)');
  it.todo('fortrinnsrett (aml § 14-2) for a measure participant (bokstav d) whose temporary job ends: no public source read that settles it');
  it.todo('municipal counterpart of state-temp-reorganisation-uncertain (temporary hire pending a reorganisation, aml § 14-9 bokstav a): not written, no municipal source read');
  it.todo(
    'vikar while a permanent employee is on parental leave («foreldrepermisjon») → mun-temp-substitute: a phrasing there took «Hvor lenge kan en vikar være ansatt … før hen får fast stilling?» from mun-temporary-permanent-rule, so none was added; the question goes to state-permanent-main-rule (0.50) with sector kommune',
  );
  it.todo('Oslo: the headline of the advertisement says when a disability is required («Må det stå i overskriften …») → mun-oslo-recruitment-scheme (0.34)');
  it.todo('«Må vi ha et vedtak i kommunestyret for å øremerke stillinger?» → no public source read on who decides (0.30)');
  it.todo('«praksisarbeid» (aml § 14-9 bokstav c) defined, and the proposed limit to practice during an education: no official source on whether it was enacted');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fourteen municipal known misses are still missed',
  [
    ['Trekkes sykefravær fra når vi regner ut tiden som midlertidig ansatt?', undefined, 'mun-temp-absence-not-deducted', 'is read as off-topic sick leave (score 0)'],
    ['Hva betyr at kvalifikasjonsprinsippet er tariffestet?', undefined, 'mun-qualification-principle', 'score 0.31'],
    ['samme vikar i mange korte vikariater på skolen, er det lovlig?', undefined, 'mun-temp-absence-not-deducted', '/ mun-temporary-permanent-rule (0.42)'],
  ],
  DAY,
);
