/**
 * Round twenty-two b (r22b-state): a legal review of the state entries, oldest `lastReviewed` first. Sources read
 * 2026-12-03: regjeringen.no «Statens personalhåndbok» kap. 2 pkt. 2.2 (the personalreglement holds the rules on
 * utlysning, innstilling and ansettelse), Prop. 94 L (2016–2017) kap. 11 (an innstilling in most cases, with
 * exceptions) and the table of contents of statsansatteforskriften on Lovdata (§ 4 søker med funksjonsnedsettelse,
 * § 4 a søker med fravær fra arbeid, utdanning eller opplæring). Each row names its source.
 */
import { describeFacts } from '../../test/support/entryChecks.js';

describeFacts(
  'round twenty-two b state corrections say what their sources say',
  [
    // SPH pkt. 2.2: the personalreglement contains the rules on innstilling in the agency
    ['state-recommendation-innstilling', /står i \*\*personalreglementet\*\*/],
    // Prop. 94 L kap. 11.2.1: innstilling in most cases, but there are exceptions; the exceptions are not confirmed
    ['state-recommendation-innstilling', /vi har ikke bekreftet det i en kilde/],
    // Lovdata, statsansatteforskriften: §§ 4 and 4 a hold the two applicant groups
    ['state-recommendation-innstilling', /statsansatteforskriften §§ 4 og 4 a/],
    // Lovdata, statsansatteforskriften §§ 4 and 4 a: the interview rule for the two applicant groups
    ['state-hiring-process-steps', /minst én fra hver gruppe inn til intervju \(statsansatteforskriften §§ 4 og 4 a\)/],
    // Håndbok for politisk ledelse kap. 2: political leadership are not employees under statsansatteloven/aml
    ['state-law-framework', /regnes ikke som arbeidstakere etter statsansatteloven og arbeidsmiljøloven/],
    // Helsedirektoratet (2022): the forskrift's list of utdanningsstillinger is exhaustive
    ['state-temp-education-positions', /spesialistkandidat, stipendiat, vitenskapelig assistent, dommerfullmektig og rettsfullmektig/],
    // Creo: the three-year rule is named only for vikariat and arbeid av midlertidig karakter
    ['state-temp-education-positions', /Treårsregelen gjelder ikke utdanningsstillinger/],
  ],
  '2026-12-03',
);
