/**
 * Round twelve (r12-advert): advertisement and the state trainee programme — no public applicant list for a trainee
 * post, a trainee applicant who has not declared the target group, requirements of many years' experience, and how
 * to write a job ad that more people with disabilities or a CV gap apply for. Entries of the topics extended in
 * their own files: the local NAV office in the wage-subsidy steps, the employer's own assessment of qualifications,
 * public advertisement for a headhunted candidate, the Oslo scheme's contact and temporary posts, the county
 * municipality in targeted advertisement, preferred rights before earmarking, internal information when the post is
 * advertised outside, and leaving at the end of an åremål. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['state-trainee-applicant-list', 'state-trainee-applicant-no-tick', 'ad-experience-years-requirement'] as const;

describeHouseStyle('round twelve advertisement entries keep the house style', NEW, { day: DAY, english: true });
// A how-to question: the answer opens with what to do, not with a yes or no.
describeHouseStyle('round twelve advertisement how-to entry keeps the house style', ['ad-writing-inclusive-tips'], {
  day: DAY,
  english: true,
  opens: /^Skriv kravene ut fra jobbanalysen/,
});

describeFacts(
  'round twelve advertisement entries say what their sources say',
  [
    // Difi's answers to trainee applicants; offentleglova § 25, forvaltningsloven § 13.
    ['state-trainee-applicant-list', /ikke lages offentlig søkerliste for traineeprogrammet/],
    ['state-trainee-applicant-list', /taushetsbelagte\*\* \(forvaltningsloven § 13\)/],
    ['state-trainee-applicant-list', /offentleglova § 25/],
    ['hiring-applicant-list-target-group', /Traineeprogrammet i staten skrev Difi \(nå DFØ\) at det ikke lages offentlig søkerliste/],
    // DFØ: Til deg som ønsker å bli ansatt gjennom traineeprogrammet; Difi's answers to trainee applicants.
    ['state-trainee-applicant-no-tick', /klart tilkjennegi\*\*/],
    ['state-trainee-applicant-no-tick', /krysse av i rekrutteringsverktøyet/],
    ['state-trainee-applicant-no-tick', /må bekrefte at hen er i målgruppen for å bli vurdert/],
    // DFØ: Klart forbedringspotensial i statlige stillingsannonser; Statens personalhåndbok 2.1.
    ['ad-experience-years-requirement', /lang arbeidserfaring uten å begrunne det/],
    ['ad-experience-years-requirement', /realistiske krav\*\*/],
    ['ad-experience-years-requirement', /ikke utformes slik at bestemte grupper stenges ute/],
    // DFØ: Hvordan skrive stillingsannonser som inkluderer? (four recommendations).
    ['ad-writing-inclusive-tips', /Bruk jobbanalysen/],
    ['ad-writing-inclusive-tips', /Vis at dere tar mangfold og inkludering på alvor/],
    ['ad-writing-inclusive-tips', /likestillings- og diskrimineringsloven § 30/],
    // DFØ 22.06.2022: the local NAV office; the agency assesses the qualifications itself.
    ['state-wage-subsidy-how-to', /Ta kontakt med NAV lokalt/],
    ['state-wage-subsidy-qualification', /dere må selv vurdere \*\*hvem av disse kandidatene\*\*/],
    // statsansatteloven §§ 3 and 4.
    ['state-headhunted-candidate', /stillingen skal lyses ut offentlig \(statsansatteloven § 4\)[\s\S]*åpen konkurranse[\s\S]*kvalifikasjonsprinsippet/],
    // Oslo kommune: Rekrutteringsordning for mennesker med funksjonsnedsettelser.
    ['mun-oslo-recruitment-scheme', /\*\*midlertidige og faste\*\*/],
    ['mun-oslo-recruitment-scheme', /Rådhuset og telefon 410 41 310/],
    // The ministry's letter to KS, 3 Nov 2023: «kommunene og fylkeskommunene».
    ['mun-target-group-only-advert', /Kommunen – og fylkeskommunen – kan lyse ut/],
    // KS-advokatene: rights under law or collective agreement are not set aside.
    ['mun-targeted-advert-preferred-rights', /Fortrinnsretten går foran øremerkingen/],
    // arbeidsmiljøloven § 14-1.
    ['duty-internal-vacancy-info', /også når stillingen lyses ut eksternt/],
    // Difi: Åremålstillinger.
    ['state-aremaal-extend', /skal fratre når perioden utløper/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings.
describeRoutedQuestions(
  'round twelve advertisement questions reach the entry that holds the fact',
  [
    ['Kan journalister få se navnene på dem som har søkt traineestillingen hos oss?', 'state', 'state-trainee-applicant-list'],
    ['Traineesøkeren glemte å krysse av for hull i CV-en – kan hun likevel være med i vurderingen?', 'state', 'state-trainee-applicant-no-tick'],
    ['Kan et krav om lang erfaring i annonsen gjøre at gode kandidater lar være å søke?', undefined, 'ad-experience-years-requirement'],
    ['Hvordan får vi flere søkere med nedsatt funksjonsevne gjennom måten vi skriver utlysningen på?', undefined, 'ad-writing-inclusive-tips'],
    ['Har fylkeskommunen lov til å lyse ut stillinger bare for personer med hull i CV-en?', 'municipal', 'mun-target-group-only-advert'],
    ['Skal egne ansatte informeres om en ledig stilling vi lyser ut på Finn?', 'municipal', 'duty-internal-vacancy-info'],
  ],
  DAY,
);

describe('round twelve advertisement known misses', () => {
  it.todo(
    '«Kan et åremål forlenges med et par år i stedet for en ny periode?» – no source found on a shorter prolongation; state-aremaal-extend says the period can be repeated once and sends the question to the ministry',
  );
});
