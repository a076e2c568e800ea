/**
 * Round sixteen (r16b-municipal-hiring): municipal hiring rules fact by fact — the unwritten qualification
 * principle, advertisement and application deadline, interviews, who appoints (kommuneloven § 13-1),
 * preferred rights (aml §§ 14-2, 14-3), the applicant list (offentleglova § 25), complaints and Sivilombudet.
 * Sources: Sivilombudet (Ansettelser fra A til Å, uttalelser, Ofte stilte spørsmål, Før du klagar), Norsk
 * Presseforbund (Sortland), Statens personalhåndbok 2.3.4 on Lovdata (the state's rule), Kommunal- og
 * distriktsdepartementet (§ 13-1, 2022). New entries answer one question each; existing entries got a fact or a
 * phrasing. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

// hiring-sivilombudet-complaint was merged into r16b-state-hiring's hiring-sivilombudet-appointment-complaint (same fact, both sectors).
const NEW = ['mun-application-deadline', 'mun-hiring-without-interview'] as const;

describeHouseStyle('round sixteen municipal hiring entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen municipal hiring entries say what their sources say',
  [
    // Statens personalhåndbok 2.3.4 (Lovdata): the minimum deadline is the state's rule; no municipal rule found
    ['mun-application-deadline', /\*\*ansettelsesreglement\*\*/],
    ['mun-application-deadline', /gjelder staten, ikke kommunen/],
    // Norsk Presseforbund: Sivilombudsmannen (Sortland kommune) — the list is due at the original deadline
    ['mun-application-deadline', /når den \*\*opprinnelige\*\* fristen går ut/],
    // Sivilombudet: Ansettelse uten forutgående intervjuer av søkerne (fvl. § 17; sju søkere, kjent vikar)
    ['mun-hiring-without-interview', /\*\*utredningsplikten\*\* \(forvaltningsloven § 17\)/],
    ['mun-hiring-without-interview', /uten å intervjue noen av de sju søkerne/],
    // Sivilombudet: Manglende gjennomføring av intervju (kommunalt sykehjem, søker på ferie)
    ['mun-hiring-without-interview', /ikke fulgte god forvaltningsskikk/],
    // Sivilombudet: Ofte stilte spørsmål / Før du klagar — one year from the final decision (parameter)
    ['hiring-sivilombudet-appointment-complaint', /1 år/],
    ['hiring-sivilombudet-appointment-complaint', /kan ikke føre til at søkeren får stillingen/],
    ['hiring-sivilombudet-appointment-complaint', /større eller mer gjennomgående feil/],
    // Sivilombudet / Statens personalhåndbok 2.4.6: the ombud's statement is not binding, but followed in practice
    ['hiring-sivilombudet-appointment-complaint', /uttalelsen er ikke bindende, men forvaltningen følger den normalt/],
    // Kommunal- og distriktsdepartementet 5.5.2022 (§ 13-1 sjuende ledd; Prop. 46 L (2017–2018))
    ['mun-appointing-authority', /styrke skillet mellom de folkevalgte og administrasjonen/],
    // KS-advokatene (Kommunal Rapport): kommunestyret/fylkestinget ansetter selv kommunedirektøren
    ['mun-appointing-authority', /\*\*fylkestinget\*\* som ansetter kommunedirektøren/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round sixteen municipal manager questions reach the entry that holds the fact',
  [
    ['Hva legger vi vekt på når vi skal finne den best kvalifiserte søkeren i kommunen?', 'municipal', 'mun-qualification-principle'],
    // moved from the known misses in round 28: routes since mun-welfare-grounds got phrasings on preference and the ministry's letter
    ['Kan kommunen drive moderat kvotering av personer med funksjonsnedsettelse?', undefined, 'mun-welfare-grounds'],
    ['Må de ansatte få vite om ledige stillinger hos oss i kommunen?', 'municipal', 'duty-internal-vacancy-info'],
    ['En deltidsansatt helsefagarbeider vil ha den nye 100 % stillingen, har hun krav på den?', 'municipal', 'part-time-preferred-right'],
    ['Når kan kommunen nekte en deltidsansatt fortrinnsrett fordi det gir vesentlige ulemper?', 'municipal', 'part-time-preferred-right'],
    ['Hvem går først, deltidsansatt eller oppsagt, når begge vil ha stillingen?', 'municipal', 'mun-preferred-right-dismissed'],
    ['Er søkerlista offentlig når kommunen lyser ut en stilling?', 'municipal', 'applicant-list-contents'],
    ['Hva skrev departementet til KS om øremerkede stillinger i 2023?', 'municipal', 'mun-ministry-letter-2023'],
    ['Hvilke vilkår stiller likestillings- og diskrimineringsloven § 11 for positiv særbehandling?', 'municipal', 'mun-target-group-only-advert'],
    ['Hva er Inn i jobb?', 'municipal', 'mun-inn-i-jobb'],
    ['Vi har et ansettelsesreglement, er det bindende?', 'municipal', 'mun-hiring-regulations'],
    ['Kan en leder som er i slekt med en søker være med på ansettelsen i kommunen?', 'municipal', 'duty-impartiality-relative'],
    ['Finnes det noen minste søknadsfrist for stillinger i kommunen?', 'municipal', 'mun-application-deadline'],
    ['Hvor kort søknadsfrist kan vi sette på en stilling i kommunen?', 'municipal', 'mun-application-deadline'],
    ['Kan politikerne i kommunestyret blande seg inn i hvem rådmannen ansetter?', 'municipal', 'mun-appointing-authority'],
    ['Kan kommunen ansette uten intervju?', 'municipal', 'mun-hiring-without-interview'],
    ['Må vi ha intervju før vi ansetter i kommunen når vi kjenner en av søkerne godt?', 'municipal', 'mun-hiring-without-interview'],
    ['Hvor lang frist har søkeren til å klage til Sivilombudet på en kommunal ansettelse?', 'municipal', 'hiring-sivilombudet-appointment-complaint'],
    ['Kan Sivilombudet omgjøre ansettelsen vår i kommunen?', 'municipal', 'hiring-sivilombudet-appointment-complaint'],
    ['Hvor lenge etter ansettelsen kan en søker gå til Sivilombudet?', 'municipal', 'hiring-sivilombudet-appointment-complaint'],
    ['Må fylkeskommunen lyse ut ledige stillinger?', 'municipal', 'mun-public-advertisement'],
    ['Hvem ansetter i fylkeskommunen?', 'municipal', 'mun-appointing-authority'],
    ['Må kommunen drøfte ansettelsen med de tillitsvalgte før vedtak?', 'municipal', 'mun-hiring-regulations'],
    ['Kan kommunen ansette en med funksjonsnedsettelse som er litt dårligere kvalifisert?', 'municipal', 'mun-welfare-grounds'],
    ['Kan Sivilombudet omgjøre en ansettelse?', 'state', 'hiring-sivilombudet-appointment-complaint'],
    ['Må kommunen lyse ut internt før vi lyser ut eksternt?', 'municipal', 'mun-public-advertisement'],
    // Round 21 (r21-state-hiring): a former known miss that now reaches its entry.
    ['Kan kommunen nekte å unnta en søker fra søkerlista?', undefined, 'applicant-list-exemption-request'],
    ['Kva gjer vi dersom ein søkjar med fortrinnsrett ikkje er kvalifisert?', 'municipal', 'mun-preferred-right-dismissed'],

    // Known misses of the round (it.todo notes), now answered.
    ['Har midlertidig ansatte i kommunen fortrinnsrett til fast stilling?', undefined, 'mun-preferred-right-dismissed'],
    ['Må enhetslederen følge innstillingen?', undefined, 'mun-appointing-authority'],
    // Round 25: the both-sector entry on the applicant list after an extended deadline now answers this first.
    ['Vi har forlenget fristen på rektorstillingen, fra når skal søkerlista lages?', undefined, 'applicant-list-extended-deadline'],
  ],
  DAY,
);

describe('round sixteen municipal hiring known misses', () => {
  it.todo(
    '«Kan vi bruke samme søkerliste til en ny stilling i kommunen senere?» → no municipal entry (state-reuse-applicant-list is the state rule); not verified for municipalities',
  );
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen municipal-hiring known misses are still missed',
  [
    ['Må kommunen følge det Sivilombudet sier?', undefined, 'hiring-sivilombudet-appointment-complaint', 'goes to mun-hiring-regulations, tentative 0.52'],
    ['Hvor mange stillinger kan kommunen øremerke for folk med hull i CV-en?', undefined, 'mun-earmarked-positions-number', 'goes to mun-cv-gap-definition, 0.81: «hull i CV-en»'],
    ['Kan vi la en sommervikar gå rett inn i fast stilling uten utlysning i kommunen?', undefined, 'mun-public-advertisement', 'goes to mun-temp-invalid-ground, tentative 0.53'],
    ['Kan kommunen ansette ektefellen til en ansatt?', undefined, 'duty-impartiality-relative', 'none, 0.45'],
    ['Kan ein fylkeskommune øyremerkje stillingar for folk med hol i CV-en?', undefined, 'mun-target-group-only-advert', 'goes to mun-earmarked-positions-number, tentative 0.51'],
  ],
  DAY,
);
