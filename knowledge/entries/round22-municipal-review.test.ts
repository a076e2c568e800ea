/**
 * Round twenty-two (r22-rev-municipal): a legal-correctness review of the municipal entries, oldest `lastReviewed` first,
 * read on 2026-12-03 against seed 000 (Arbeids- og inkluderingsdepartementet to KS, 3 Nov 2023, ref. 17/267), seed 001
 * (KS on Inn i jobb), KS «Inn i jobb – jus og ansettelser», KS-advokatene «Mulighetene for unntak fra
 * kvalifikasjonsprinsippet», KS «Gjennomslag for arbeidsinkludering i kommunal sektor», KS «KS ber om like vilkår for
 * arbeidsinkludering som i staten», KS's DN piece of 9 June 2022, LDO on the ban on questions (ldl § 30) and the text of
 * aml § 9-3 (arbeidsmiljoloven.com).
 * Fixed: views that are KS's were written as the ministry's or as settled law (how few earmarked posts; that the letter
 * «opens for» targeted advertisement or was the «answer» to KS's request for the state's three exceptions; that KS «got
 * through»), a duplicated sentence in the letter entry, and health questions cited to ldl § 30 instead of aml § 9-3.
 * Checked and left as they were (sources read today): Sivilombudet on Kautokeino (2023) and Sarpsborg, kommuneloven § 13-1
 * (regjeringen.no), Oslo kommune's rekrutteringsordning, aml § 14-14 a (Arbeidstilsynet), the 2015 change on absence and the
 * annual discussion (KS-advokatene), Rt. 2006 s. 1158 (Compendia; Lovdata news 21 Sept 2006), Proba on Inn i jobb, the KS
 * consultation meeting of 2 Nov 2018 (seed 004), KS's hovedstyre informed 5 April 2022 (KS).
 */
import { describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-two municipal review: corrections say what their sources say',
  [
    // Seed 000: it is KS that says municipalities «bør holde antall stillinger som øremerkes på et så lavt nivå at det er
    // rimelig sett opp mot det totale antall ledige stillinger»; the ministry speaks of «begrensede unntak»
    ['mun-earmarked-positions-number', /Rammen er \*\*KS' vurdering\*\*, som departementet gjengir i brevet til KS 3\. november 2023/],
    ['mun-earmarked-positions-number', /\*\*bør\*\* holde antallet \*\*så lavt at det er rimelig/],
    ['mun-earmarked-positions-number', /Departementet skriver selv om \*\*begrensede unntak\*\*/],
    // KS-advokatene (omforent forståelse): a limited number is «et moment i helhetsvurderingen»
    ['mun-earmarked-positions-number', /et begrenset antall et moment i vurderingen av om unntaket er saklig/],
    // KS, DN 9 June 2022: «øremerke noen stillinger»
    ['mun-earmarked-positions-number', /KS skriver om å øremerke \*\*noen\*\* stillinger/],
    // Seed 000: the low number and the qualification principle among applicants are KS's points, relayed by the ministry
    ['mun-ministry-letter-2023', /KS mener også at kommuner som gjør dette, bør holde antallet øremerkede stillinger så lavt/],
    // Seed 000: the ministry's own words («hensiktsmessig», «positivt»), said once
    ['mun-ministry-letter-2023', /^Departementet mente at begrensede unntak kan være hensiktsmessige(?![\s\S]*Departementet mener begrensede unntak)/],
    // Seed 000 and KS jus og ansettelser: the «saklig unntak» is KS's assessment, not a ruling
    ['mun-target-group-only-advert', /^Ja, etter KS' vurdering kan det være et begrenset og saklig unntak\./],
    // Seed 001 / KS «Samarbeidet om Inn i jobb fortsetter»: KS writes that it worked for and got through the exceptions
    ['mun-inn-i-jobb-research', /og KS skriver at de fikk gjennomslag/],
    // Seed 000: the letter relays KS's assessment and is positive; it is not law or regulation
    ['mun-inn-i-jobb-research', /gjengir \*\*KS' vurdering\*\* av at det kan være et saklig unntak[\s\S]*Brevet er ikke lov eller forskrift/],
    ['mun-inn-i-jobb', /KS skriver at de derfor arbeidet for – og fikk gjennomslag for/],
    ['mun-inn-i-jobb', /brevet er ikke lov eller forskrift/],
    // Seed 000 (dialogue, latest a meeting in June 2023; KS «har sett hen til statens ordninger»); KS «Gjennomslag …»
    ['mun-ks-request-state-exceptions', /viser til dialogen med KS, senest et møte i juni 2023/],
    ['mun-ks-request-state-exceptions', /tar ikke stilling til de tre unntakene hver for seg og gir ingen ny hjemmel/],
    ['mun-ks-request-state-exceptions', /KS leser brevet som et gjennomslag/],
    ['mun-state-exceptions', /og skriver at de fikk gjennomslag med departementets brev 3\. november 2023\. Brevet selv sier/],
    // LDO (spørreforbud): pregnancy, family planning, ethnicity; aml § 9-3 text (arbeidsmiljoloven.com): only health
    // information needed for the tasks of the post
    ['mun-hiring-process-steps', /ikke spør om graviditet, familieplanlegging, etnisitet eller funksjonsnedsettelse \(likestillings- og diskrimineringsloven § 30\)/],
    ['mun-hiring-process-steps', /om helse bare det som trengs for oppgavene \(arbeidsmiljøloven § 9-3\)/],
    // aml § 14-9 (3) (lovtekst, arbeidsmiljoloven.com): the ministry sets by regulation which measures letter d covers;
    // KS (jus og ansettelser): NAV measures fall outside the qualification principle and the duty to advertise
    ['mun-nav-measures-outside', /Hvilke tiltak som omfattes, fastsettes i forskrift \(§ 14-9 tredje ledd\) – avklar med NAV/],
    ['mun-nav-measures-outside', /\*\*NAV-tiltak faller utenfor\*\* både kvalifikasjonsprinsippet og plikten til å lyse ut/],
  ],
  DAY,
);
