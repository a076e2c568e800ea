/**
 * Round sixteen (r16-invite): recruitment that invites the target group — the advertisement, universal design of the
 * process, the IA agreement and the state's and municipalities' inclusion duties — fact by fact. About a hundred facts
 * were probed with manager questions of this round; most were held by earlier rounds' entries. New entries answer one
 * question each: no dispensation for public-sector web solutions (Uu-tilsynet), the ICT deadlines of 2014 and 2021
 * (Difi, regjeringen.no, Lovdata), bokmål and nynorsk in job ads for state bodies and for municipalities (Språkrådet,
 * språkloven §§ 9, 13–15) and the previous IA agreement's sick-leave target (Dagsavisen, Compendia). Existing entries
 * got a fact (reply time to accessibility feedback, the app deadline for accessibility statements, immigrant
 * background outside the five-percent goal) or a phrasing. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'uu-public-sector-no-dispensation',
  'uu-ict-deadlines-history',
  'ad-state-nynorsk-bokmal',
  'ad-municipal-nynorsk-bokmal',
  'ia-previous-agreement-result',
  'inc-inclusion-plan-content',
  'mun-recruit-more-target-group',
  'uu-statement-who-must',
] as const;

describeHouseStyle('round sixteen invite entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen invite entries say what their sources say',
  [
    // Uu-tilsynet, «Søke om dispensasjon?»: no dispensation for public-sector web solutions from 1 February 2022
    ['uu-public-sector-no-dispensation', /siden \*\*1\. februar 2022\*\* har Uu-tilsynet ikke hjemmel/],
    ['uu-public-sector-no-dispensation', /\*\*uforholdsmessig stor byrde\*\*/],
    ['uu-public-sector-no-dispensation', /begrunnelsen skal stå i \*\*tilgjengelighetserklæringen\*\*/],
    ['uu-public-sector-no-dispensation', /personvern, økonomi, teknologiske muligheter/],
    ['uu-public-sector-no-dispensation', /private virksomheter, for allmennkringkastere og for automater/],
    // Difi (uu.difi.no) and regjeringen.no 2014: new ICT from 1 July 2014, all ICT from 1 January 2021
    ['uu-ict-deadlines-history', /siden \*\*1\. juli 2014\*\*, og \*\*alle\*\* – også eldre løsninger – fra \*\*1\. januar 2021\*\*/],
    ['uu-ict-deadlines-history', /kjøpt, eller avtalen om den ble inngått, 1\. juli 2014 eller senere/],
    ['uu-ict-deadlines-history', /ny funksjonalitet eller større endringer i design eller struktur/],
    // Språkrådet, «Reglar for sentrale statsorgan»: at least 25 % of each language; job ads are public documents; alternate
    ['ad-state-nynorsk-bokmal', /minst 25 % av hvert skriftspråk/],
    ['ad-state-nynorsk-bokmal', /\*\*veksle\*\* mellom bokmål og nynorsk – ikke lage parallelle versjoner/],
    // Språkrådet, «Reglar for regionale statsorgan» and «Reglar for statsorgan» (forms in both; reply in the applicant's language)
    ['ad-state-nynorsk-bokmal', /bruk flertallsspråket i området organet dekker/],
    ['ad-state-nynorsk-bokmal', /Skjema og digitale selvbetjeningsløsninger\*\* skal finnes på både bokmål og nynorsk samtidig/],
    ['ad-state-nynorsk-bokmal', /skriver en søker til dere på nynorsk, skal dere svare på nynorsk/],
    // Språkrådet: statsorgan have duties, kommunane rights, fylkeskommunane both; språkloven § 9 for all
    ['ad-municipal-nynorsk-bokmal', /mens kommunene her har \*\*rettigheter\*\*/],
    ['ad-municipal-nynorsk-bokmal', /\*\*Fylkeskommuner\*\* har både plikter og rettigheter/],
    ['ad-municipal-nynorsk-bokmal', /språkloven § 9/],
    // Dagsavisen 18.02.2025: target −10 % against 2018; Compendia: +26 % since 2018; Dagsavisen 12.02.2025: breakdown 4 December
    ['ia-previous-agreement-result', /redusere sykefraværet med 10 % sammenlignet med nivået i 2018/],
    ['ia-previous-agreement-result', /med 26 % siden 2018/],
    ['ia-previous-agreement-result', /brøt sammen 4\. desember 2024/],
    // DFØ, «Hvordan lage planer og strategier for inkluderingsarbeidet?»: five points; three kinds of challenges; 2020 action plans
    ['inc-inclusion-plan-content', /\*\*kortsiktige og langsiktige mål\*\* for inkludering/],
    ['inc-inclusion-plan-content', /\*\*tydelig ansvarsfordeling\*\*/],
    ['inc-inclusion-plan-content', /\*\*holdninger hos ledere og kultur\*\*/],
    ['inc-inclusion-plan-content', /I 2020 laget alle departementene en handlingsplan/],
    // Local councils (Orkland 2019, Oppdal budget 2020): at least one applicant from the target group invited to interview
    ['mun-recruit-more-target-group', /minst én søker med nedsatt funksjonsevne eller hull i CV-en skal kalles inn til intervju/],
    // KS, «Webinar om kvalifikasjonsprinsippet og inkludering»: limiting the applicant pool can be a «saklig unntak»; keep the number low
    ['mun-recruit-more-target-group', /kan være et saklig unntak fra kvalifikasjonsprinsippet å begrense søkerkretsen/],
    ['mun-recruit-more-target-group', /Hold antallet øremerkede stillinger lavt/],
    // Uu-tilsynet, «Om tilgjengelegheitserklæring» and FAQ: public sector as in the procurement rules; bodies acting for the public
    ['uu-statement-who-must', /regelverket om \*\*offentlige anskaffelser\*\*/],
    ['uu-statement-who-must', /treffer vedtak etter forvaltningsloven/],
    ['uu-statement-who-must', /det er virksomheten som plikter å vurdere om den er omfattet/],
    ['uu-statement-who-must', /Private skoler med rett til statstilskudd/],
    // Uu-tilsynet, «Ord og uttrykk i tilgjengelighetserklæringen»: «innen rimelig tid … vanligvis i løpet av 3 til 6 uker»
    ['uu-feedback-response', /\*\*innen rimelig tid\*\*.*i løpet av 3 uker til 6 uker/],
    // Uu-tilsynet, «Om tilgjengelegheitserklæring»: 1 February 2023 for websites, 1 February 2024 for apps
    ['hiring-uu-accessibility-statement', /1\. februar 2023 for nettsteder og 1\. februar 2024 for apper/],
    // Difi, «Hva er inkluderingsdugnaden?»: the five-percent goal's target group is disability or CV gap only
    ['inc-inkluderingsdugnaden', /Innvandrerbakgrunn var ikke en del av målgruppen for femprosentmålet/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round sixteen manager questions reach the entry that holds the fact',
  [
    ['Kan vi få dispensasjon fra kravene om universell utforming av nettsider?', undefined, 'uu-public-sector-no-dispensation'],
    ['Hvorfor fikk ikke kommunen dispensasjon fra Uu-tilsynet for den gamle nettsiden?', 'municipal', 'uu-public-sector-no-dispensation'],
    ['Fra når måtte nye nettløsninger være universelt utformet?', undefined, 'uu-ict-deadlines-history'],
    ['Vi kjøpte rekrutteringssystemet i 2012 – må det likevel være universelt utformet?', undefined, 'uu-ict-deadlines-history'],
    ['Må vi veksle mellom nynorsk og bokmål i utlysningene våre i direktoratet?', 'state', 'ad-state-nynorsk-bokmal'],
    ['Må søknadsskjemaet vårt finnes på nynorsk?', 'state', 'ad-state-nynorsk-bokmal'],
    ['Må vi skrive stillingsannonsen på nynorsk i kommunen?', 'municipal', 'ad-municipal-nynorsk-bokmal'],
    ['Har sykefraværet gått ned under den forrige IA-avtalen?', undefined, 'ia-previous-agreement-result'],
    ['Hvor mye økte sykefraværet under forrige IA-avtale?', undefined, 'ia-previous-agreement-result'],
    ['Hvor lenge gjelder IA-avtalen?', undefined, 'ia-agreement'],
    ['Hvor fort må kommunen svare når en bruker melder feil på nettsidene?', 'municipal', 'uu-feedback-response'],
    ['Fra når må appene våre ha tilgjengelighetserklæring?', undefined, 'hiring-uu-accessibility-statement'],
    ['Kan Uu-tilsynet gi dagmulkt?', undefined, 'uu-supervision-process'],
    ['Må private bedrifter følge WCAG?', undefined, 'uu-wcag-version'],
    ['Hva sier likestillings- og diskrimineringsloven § 18 om IKT?', undefined, 'hiring-uu-ict-requirements'],
    ['Hva er en inkluderingserklæring i en stillingsannonse?', 'state', 'state-ad-diversity-text'],
    ['Hva er en inkluderingserklæring i en stillingsannonse?', 'municipal', 'mun-inclusive-job-ads'],
    ['Kan vi kreve førerkort i annonsen når jobben sjelden krever bil?', undefined, 'hiring-requirements-vs-preferences'],
    ['Teller innvandrerbakgrunn med i femprosentmålet?', 'state', 'inc-inkluderingsdugnaden'],
    ['Får en søker som har vært lenge ute av arbeid, fortrinn i kommunen hvis hun er nesten like god?', 'municipal', 'mun-welfare-grounds'],
    ['En blind søker får ikke sendt søknaden i portalen vår, må vi ta imot den på e-post?', undefined, 'hiring-uu-application-alternative'],
    ['Vi skal lage handlingsplan for mangfoldsrekruttering – hva bør den ha med?', 'state', 'inc-inclusion-plan-content'],
    ['Hvordan kan kommunen rekruttere flere med funksjonsnedsettelse?', 'municipal', 'mun-recruit-more-target-group'],
    ['Må et interkommunalt selskap ha tilgjengelighetserklæring?', 'municipal', 'uu-statement-who-must'],

    // Known misses of the round (it.todo notes), now answered.
    ['Kan vi spørre om diagnose i søknadsskjemaet?', undefined, 'duty-interview-health-questions'],
    ['Kan vi kreve at søkeren forklarer hullet i CV-en?', undefined, 'hiring-candidate-need-not-disclose'],
    ['Hva skal stå om tilrettelegging i innkallingen til intervju?', undefined, 'hiring-raise-accommodation-interview'],
  ],
  DAY,
);

describe('round sixteen invite known misses', () => {
  it.todo('«Er det IA-avtalen som gir rett til utvidet egenmelding?» scores 0 (egenmelding read as off-topic sick leave); Compendia: folketrygdloven § 8-24, not the IA agreement');
  it.todo(
    '«Hvor redegjør en bruttobudsjettert etat for likestilling?» → state-ministry-equality-reporting, tentative (0.48). LDO wrote (under the regnskapsloven rules before 2020) that the ministry reports for its gross-budgeted agencies in Prop. 1 S; not confirmed for the rules from 2020 — not written',
  );
  it.todo('«Gjelder intervjuplikten for universiteter og høgskoler?» finds nothing (0.20): no source read on which state bodies §§ 4–4b cover beyond the regulation itself');
  it.todo('«Kan vi be om bilde av søkeren i søknaden?» finds nothing (0.36): no source read');
  it.todo('«Må arbeidsgiver svare på spørsmål fra søkeren om universell utforming av bygget?» → uu-feedback-response, tentative (0.53), which is about web solutions');
  it.todo(
    'the IA agreement 2025–2028 text on regjeringen.no was again not in the stored pages: goals, the 2025–2026 knowledge gathering and the programmes are cited from Dagsavisen and Compendia; NAV Arbeidslivssenter\u2019s role in the new agreement not confirmed',
  );
  it.todo('«Hvor mange fra målgruppen ble ansatt i staten etter 2021?»: no public figure after the inclusion drive read');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen invite known misses are still missed',
  [
    [
      'Kan vi velge en med nedsatt funksjonsevne som scorer litt lavere enn toppkandidaten?',
      'state',
      'state-moderate-preference',
      'finds nothing (0.21); state-moderate-preference holds it',
    ],
    ['Hvordan definerer forskriften innvandrerbakgrunn?', 'state', 'tg-self-declaration-box', 'finds nothing (0.35); tg-self-declaration-box holds the DFØ definition'],
    [
      'Trenger direktoratet vårt en erklæring om universell utforming på nettstedet?',
      'state',
      'hiring-uu-accessibility-statement',
      'goes tentatively to uu-statement-content (0.54); uu-statement-who-must and hiring-uu-accessibility-statement hold the answer',
    ],
    // «Må en privat leverandør som driver en tjeneste for kommunen ha tilgjengelighetserklæring?» is routed since round nineteen.
  ],
  DAY,
);
