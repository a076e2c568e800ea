/**
 * Round twenty-nine (r29-equality-uu): what employers may ask and collect, discrimination in recruitment, accommodation,
 * the activity duty, inclusive adverts and universal design. Driven by public Q&A pages rather than our own entries.
 *
 * Manager questions collected (source page in brackets) and asked with `npm run -s ask` on 2026-12-03:
 *  - Kan vi spørre om søkeren planlegger å få barn? / gravid, stilling i barnehagen? [codex.no «Jobbintervju: Hvilke spørsmål er lov?»] – routed
 *  - Politiattest fra alle søkere i direktoratet? / i hjemmetjenesten? [arbeidsrettsadvokater.no] – routed
 *  - Hva er bevisbyrderegelen i diskrimineringssaker ved ansettelse? [rett24.no, LDO] – was tentative, now routed (phrasing added)
 *  - Hvor mye oppreisning ...? [ldo.no «Erstatning og oppreisning i arbeidslivet»] – routed; the usual range was missing, now added
 *  - Foretrekke en mann der nesten bare kvinner jobber? / reservere en stilling i barnehagen for en mann? [LDO sak 14/1950] – first routed, second a known miss
 *  - Direkte og indirekte diskriminering i en ansettelse? [tb-group.se] – routed
 *  - Spørre om funksjonsnedsettelse? / tilrettelegge skriftlig test for dysleksi? [dinside.no, LDO] – routed
 *  - Likestillingsredegjørelsen i årsrapporten? / kartlegge lønn og ufrivillig deltid? [bufdir, LDO] – routed
 *  - Stillingsannonse som ikke diskriminerer? / «vi ønsker kvinnelige søkere» brannkonstabel? [LDO] – routed
 *  - Rekrutteringssystemet og WCAG? / tilsyn med søknadsskjemaet? / tilgjengelighetserklæring? [uutilsynet.no] – routed
 *  - Ringe tidligere arbeidsgiver uten at søkeren vet? / spørre referansen om sykefravær? [arbeidsrettsadvokater.no] – routed
 *  - Can we ask a job applicant about their health? / Kva kan vi ikkje spørje om i eit jobbintervju? – routed
 *  - Be søkeren oppgi religion eller tro? [dinside.no] – was not answered, now routed (phrasing added)
 *  - Søker sier hun ble diskriminert fordi hun bruker hijab? [LDO sak 16/2433, LDO Q&A turban og slør, karrierestart.no] – no entry; new entry
 *  - Avvise en søker som er for overkvalifisert eller for gammel? – tentative: two questions in one (known miss)
 *  - Fagforeningsmedlemskap? / legeundersøkelse før ansettelse? / klagefrist til nemnda? – routed
 *  - Positiv særbehandling av kvinner i kommunen? – tentative to a municipal welfare entry (known miss, no new entry: time)
 *  - Does the employer have to explain why the applicant was not hired ...? – tentative on the right entry (known miss)
 *
 * Sources read 2026-12-03 (stored copies): ldo.no «Erstatning og oppreisning i arbeidslivet» (objective liability; redress
 * usually between the two amounts in the parameters, higher in particularly grave cases; assessed on fault, the balance of
 * power and the employer's economy), LDO Q&A «Hvorfor skal det være lov å gå med turban og slør på jobb?» (indirect
 * discrimination, narrow exception for safety or hindering the work, the former Klagenemnda on aesthetic adaptation), LDO
 * sak 16/2433 (hijab at a dental clinic), Lovdata SPH-2017 2.3.3.7 (objective liability).
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-nine equality entries keep the house style', ['hiring-religious-headwear'], { day: DAY, english: true });

describeFacts(
  'round twenty-nine equality entries say what their sources say',
  [
    // LDO Q&A «turban og slør»: the exception is to be read very narrowly
    ['hiring-religious-headwear', /unntakene skal tolkes svært snevert/],
    // LDO Q&A: safety risk or hindering the work makes requirements lawful
    ['hiring-religious-headwear', /\*\*sikkerhetsrisiko\*\* eller hindrer det på annen måte utførelsen av arbeidet/],
    // LDO Q&A: Klagenemnda – the employer's profiling need can be met by adapting the headwear aesthetically
    ['hiring-religious-headwear', /hodeplagget \*\*tilpasses estetisk\*\*/],
    // LDO sak 16/2433: uniform hijab met hygiene requirements, job offered, not discriminated
    ['hiring-religious-headwear', /uniformshijab som oppfylte hygienekravene.*LDO sak 16\/2433/],
    // ldl § 30: no questions about religion or belief
    ['hiring-religious-headwear', /ikke spørre søkeren om religion eller livssyn i intervjuet \(§ 30\)/],
    // extended: ldo.no «Erstatning og oppreisning i arbeidslivet» – usual range, higher in grave cases, the assessment factors
    ['hiring-discrimination-claim-burden', /som hovedregel ligger mellom 20\s000 kr og 80\s000 kr, men kan bli høyere i særlig graverende saker/],
    ['hiring-discrimination-claim-burden', /skyld, styrkeforholdet mellom partene og arbeidsgiverens økonomi/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-nine equality answers in their own words',
  [
    ['En søker sier hun ble diskriminert fordi hun bruker hijab – hva gjør vi?', 'municipal', 'hiring-religious-headwear'],
    ['Kan vi forby ansatte på sykehjemmet å gå med hodeplagg av religiøse grunner?', 'municipal', 'hiring-religious-headwear'],
    ['Vi har krav om uniform i tollen – må vi godta turban?', 'state', 'hiring-religious-headwear'],
    ['Hva er bevisbyrderegelen i diskrimineringssaker ved ansettelse?', 'state', 'hiring-discrimination-claim-burden'],
    ['Hvor mye oppreisning kan en søker få hvis kommunen har diskriminert?', 'municipal', 'hiring-discrimination-claim-burden'],
    ['Hvor mye må kommunen betale i oppreisning hvis nemnda mener vi diskriminerte en søker?', 'municipal', 'hiring-discrimination-claim-burden'],
    ['Kan vi be søkeren om å oppgi religion eller hvilken tro hen har?', 'state', 'hiring-interview-forbidden-questions'],
    ['Kan vi foretrekke en mann til en stilling der det nesten bare jobber kvinner?', 'state', 'hiring-men-preference-children-jobs'],
    // The next three reach the right entry but only tentatively in `npm run ask` (score about 0.52, under 0.55): honest
    // misses by the RULES' measure. describeKnownMisses counts a tentative answer as routed, so they are guarded here;
    // lifting them over 0.55 needs more wording work. «overkvalifisert eller for gammel» (two questions in one) is a
    // further miss, left out: it reaches the overqualified entry, which does not answer the age half.
    ['Er det lov å reservere en stilling i barnehagen for en mannlig søker?', 'municipal', 'hiring-men-preference-children-jobs'],
    ['Does the employer have to explain why the applicant was not hired if they suspect discrimination?', 'state', 'hiring-discrimination-claim-burden'],
    ['Hva risikerer vi økonomisk hvis nemnda kommer til at vi diskriminerte en søker?', 'state', 'hiring-discrimination-claim-burden'],
  ],
  DAY,
);
