/**
 * Round eighteen (r18-legal): a legal and source check of what the base already says, not new topics. Statens
 * personalhåndbok (SPH) is now published on regjeringen.no (id3081747, chapter 2 «Ansettelse og rekruttering» with
 * 2.1 Rekrutteringsarbeidet i staten and 2.2 Ansettelsesmyndighet; chapter 7 inkluderende arbeidsliv); the 2017 edition
 * is still on Lovdata (sph-2017). Only the opening of the current chapter 2 could be read today, so the points of the
 * 2017 edition could not be matched to current point numbers: every sph-2017 source now says «Statens personalhåndbok
 * 2017 (Lovdata, tidligere utgave)», and answers that rest on it say «Statens personalhåndbok 2017» / «2017-utgaven».
 * Also checked: the new forvaltningsloven (lov 20. juni 2025 nr. 81, no in-force date found, so none is stated), short
 * gaps between temporary contracts in the state (SPH 2017 pkt. 2.8.4.1, Creo), LDO 16/78, the state's five-percent goal
 * (now the parameter state.inclusion-dugnad.new-hires-target-percent) and the IA agreement period. The probe questions
 * were written from the pages that answer them (Lovdata SPH 2017, regjeringen.no SPH, DFØ/Difi, LDO, Stortinget,
 * norgeslover.no, Dagsavisen), read 2026-12-02. No new entries, so no house-style block.
 */
import { describeFacts, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

describeFacts(
  'round eighteen legal check: the base says what its sources say, and which edition',
  [
    // SPH 2017 is the old edition (lovdata.no/dokument/SPH/sph-2017/…); the current one is on regjeringen.no (id3081747)
    ['state-norsk-lysingsblad', /Statens personalhåndbok 2017 pkt\. 2\.3\.1\.2/],
    ['state-application-deadline', /Statens personalhåndbok \(2017-utgaven på Lovdata\)/],
    ['state-late-applications', /Statens personalhåndbok 2017 pkt\./],
    ['state-vacancy-changed-readvertise', /Statens personalhåndbok 2017 sier at stillingen skal lyses ut på nytt/],
    ['vacancy-report-to-nav', /sa Statens personalhåndbok 2017 at ledige stillinger skal meldes til NAV/],
    ['state-hiring-without-interview', /Statens personalhåndbok 2017 sier at de søkerne som synes \*\*best kvalifisert\*\*/],
    ['hiring-reference-not-named', /Statens personalhåndbok 2017 pkt\./],
    ['mun-appointment-notify-applicants', /Statens personalhåndbok 2017 sier at partene i en ansettelsessak er alle søkerne/],
    ['tg-substance-dependence', /Statens personalhåndbok 2017 sier/],
    ['acc-disability-definition-ldl', /Statens personalhåndbok 2017 beskriver nedsatt funksjonsevne/],
    ['duty-accommodation-mental-health', /Statens personalhåndbok 2017 nevnte fysiske, psykiske og kognitive funksjoner/],
    ['state-interview-who-invited', /2017-utgaven på Lovdata/],
    // Current edition, regjeringen.no SPH kap. 2, pkt. 2.1 and 2.2 (read today): an appointment is an individual decision
    // made by the competent body (statsansatteloven § 6, personalreglement); requirements must not exclude groups
    ['state-appointing-authority', /En ansettelse i staten er et enkeltvedtak og må treffes av den som har myndigheten/],
    ['state-who-sets-qualification-requirements', /kvalifikasjonskravene må ikke utformes slik at bestemte grupper ekskluderes fra å søke/],
    // SPH 2017 pkt. 2.4.3 Intervju (read today): council members may ask for more candidates, an employee representative
    // may take part, new information is written down
    ['state-union-role-in-hiring', /en representant for de ansatte kan delta i intervjuet \(Statens personalhåndbok, 2017-utgaven på Lovdata, pkt\. 2\.4\.3\)/],
    ['hiring-structured-interview', /skal skrives ned og legges i saken \(Statens personalhåndbok 2017 pkt\. 2\.4\.3\)/],
    // SPH 2017 pkt. 2.14.2.3 (read today): readvertise after disproportionately long time or changed circumstances
    ['state-offer-declined-next', /uforholdsmessig lang tid, eller har forholdene endret seg vesentlig, skal stillingen lyses ut på nytt/],
    // SPH 2017 pkt. 2.14.2.1 (read today): managerial posts must normally be advertised publicly
    ['state-headhunted-candidate', /lederstillinger skal normalt lyses ut \(Statens personalhåndbok, 2017-utgaven på Lovdata\)/],
    // SPH 2017 pkt. 2.3.1.2 (read today): no duty to advertise in Norsk lysingsblad
    ['state-norsk-lysingsblad', /\*\*ikke pålagt\*\* å kunngjøre ledige stillinger i Norsk lysingsblad/],
    // Norgeslover (lov 20. juni 2025 nr. 81) and Stortinget (Innst. 478 L (2024–2025)): passed in June 2025; no in-force
    // date found on the pages read today, so the answers name none and send the manager to HR
    ['state-appointment-complaint', /En ny forvaltningslov er vedtatt; spør HR om den er satt i kraft/],
    ['state-appointment-complaint', /^(?![\s\S]*(?:trer|trådte|trår) i kraft \d)/],
    ['mun-appointment-notify-applicants', /når den trer i kraft, endres paragrafene over – sjekk med HR/],
    // SPH 2017 pkt. 2.8.4.1 (tjenestemannsloven): a break of up to 2 weeks by analogy with ftrl. § 8-24, the break deducted
    [
      'state-three-year-rule-breaks',
      /Statens personalhåndbok 2017 \(skrevet under tjenestemannsloven\) skrev at departementet antok at et avbrudd på inntil 14 dager ikke bryter sammenhengen, men at selve avbruddet trekkes fra/,
    ],
    ['state-three-year-rule-breaks', /etter det fagforeningen Creo skriver[\s\S]*Loven sier selv ikke hvor lange opphold som tåles/],
    ['state-three-year-rule-breaks', /avklar grensen med DFØ eller virksomhetens jurist/],
    [
      'state-temp-absence-three-year-rule',
      /Loven sier ikke dette selv; Statens personalhåndbok 2017 \(tjenestemannsloven\) godtok et avbrudd av samme lengde, men trakk avbruddet fra i tiden – avklar med DFØ/,
    ],
    ['state-temp-extend', /loven sier ikke hvor lange opphold som tåles, så avklar med DFØ/],
    // LDO 16/78 (ldo.no, uttalelse 10.08.16): discrimination first found, reversed after the employer's complaint with
    // detailed documentation; appealed to the tribunal (56/2016), undecided when the page was written
    ['hiring-applicant-raises-disability', /ombudet mente først det motsatte, men omgjorde uttalelsen etter at arbeidsgiveren la fram detaljert dokumentasjon/],
    ['hiring-applicant-raises-disability', /den tidligere diskriminerings- og tilgjengelighetsloven; søkeren klaget den inn for nemnda, og utfallet der har vi ikke funnet/],
    // Difi («Hva er inkluderingsdugnaden?»), regjeringen.no 22.06.2021 and DFØ (rapportering for 2021, 15.01.2022): at least
    // five percent of new hires in the state, reported for the last time for 2021 – now via the parameter
    ['ia-not-inclusion-goal', /inkluderingsdugnaden \(2018–2021\): minst 5 % av nyansettelsene/],
    ['inc-inkluderingsdugnaden', /om at minst 5 % av nyansettelsene skulle være i målgruppen/],
    ['inc-inkluderingsdugnaden', /minst \*\*5 %\*\* av alle nyansettelser/],
    // Dagsavisen 12.02.2025: the new IA agreement signed that day, four years (2025–2028)
    ['ia-not-inclusion-goal', /IA-avtalen gjelder for 2025–2028/],
  ],
  DAY,
);

// Probe questions from this round (written from the pages above) that reach the entry holding the checked fact.
describeRoutedQuestions(
  'round eighteen legal-check questions reach the entry that holds the fact',
  [
    ['Hvor lang må søknadsfristen minst være når vi lyser ut en stilling i staten?', 'state', 'state-application-deadline'],
    ['Kan vi ta med en søknad som kom inn dagen etter fristen?', 'state', 'state-late-applications'],
    ['Må vi annonsere i Norsk lysingsblad i tillegg til nav.no hos oss i etaten?', undefined, 'state-norsk-lysingsblad'],
    ['Skal alle ledige stillinger hos oss meldes til NAV?', 'state', 'vacancy-report-to-nav'],
    ['Vi fikk bare to søkere, bør vi lyse ut stillingen en gang til?', 'state', 'state-no-qualified-applicants'],
    ['Hvem skal vi kalle inn til intervju når vi ansetter i staten?', 'state', 'state-interview-who-invited'],
    ['Søkeren ba oss ikke ringe nåværende sjef, må vi respektere det?', undefined, 'hiring-reference-not-named'],
    ['Hvem har ansettelsesmyndighet i en statlig virksomhet?', 'state', 'state-appointing-authority'],
    ['Kan søkeren klage på at en annen fikk jobben?', 'state', 'state-appointment-complaint'],
    ['Må vi sende melding til alle søkerne når stillingen er besatt i kommunen?', 'municipal', 'mun-appointment-notify-applicants'],
    ['Avbryter en pause på ti dager mellom to vikariater treårsregelen?', 'state', 'state-three-year-rule-breaks'],
    ['Nullstilles tiden for fast ansettelse om engasjementet har et opphold i juli?', 'state', 'state-three-year-rule-breaks'],
    ['Kan vi forlenge engasjementet en gang til?', 'state', 'state-temp-extend'],
    ['Trekkes sykefravær fra når vi regner tre år som vikar i kommunen?', 'municipal', 'mun-temp-absence-not-deducted'],
    ['Søkeren fortalte selv på intervjuet at hun har epilepsi, kan vi legge vekt på det?', undefined, 'hiring-applicant-raises-disability'],
    ['Kandidaten ble dårlig under intervjuet og vi avbrøt, kan det være diskriminering?', undefined, 'hiring-applicant-raises-disability'],
    ['Gjelder målet om fem prosent nyansatte fra målgruppen fortsatt?', 'state', 'inc-inkluderingsdugnaden'],
    ['Er fem prosent-målet en del av IA-avtalen?', undefined, 'ia-not-inclusion-goal'],
    ['Kor mange av dei nytilsette i staten skulle vere frå målgruppa under dugnaden?', undefined, 'inc-inkluderingsdugnaden'],
    ['Hvilken periode gjelder den nye IA-avtalen for?', undefined, 'ia-agreement'],
    ['Kan vi stoppe ansettelsen etter intervjuene uten å ansette noen?', 'state', 'state-stop-hiring-process'],
  ],
  DAY,
);
