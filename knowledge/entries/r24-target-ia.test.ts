/**
 * Round twenty-four (r24-target-ia): a legal review of the target-group, inclusion-reporting, inclusion-work and
 * IA-agreement entries against public sources, read 2026-12-03:
 * - Bufdir «Aktivitets- og redegjørelsesplikt (ARP) for arbeidsgivere» and «Om plikten – offentlige og store private
 *   virksomheter» (public employers of any size and private > 50 employees; 20–50 when a party asks; pay and
 *   involuntary part-time surveyed every other year); Difi 2020 «Forsterket aktivitets- og redegjørelsesplikt»
 *   (ministries report in Prop. 1 S); Prop. 63 L (2018–2019) kap. 5 (the ombud follows up ldl §§ 24–26 a);
 *   Stortinget's lovvedtak on diskrimineringsombudsloven (nemnda's decisions cannot be appealed).
 * - regjeringen.no «Fellesføring i tildelingsbreva for 2020» (5 % goal, H-6/19), Statsministerens kontor «Tillegg til
 *   tildelingsbrev for 2018» (fewer than five new hires: no percentage, for privacy), Difi «Hva er
 *   inkluderingsdugnaden?» and DFØ «Dette skal du rapportere» (counting rules and target-group definitions), seed 002
 *   footnote on the 2024 fellesføring (number of hires, against the 2020–2021 average).
 * - Jobbnorge on statsansatteforskriften § 4 a (two of the last five years; rus, soning, sykdom or active job search)
 *   and § 4 (applicant «oppgir» a disability that will need accommodation); DFØ «Positiv særbehandling» (16.02.2023).
 * - nav.no «Inkluderingstilskudd» (the measure that replaced the IA tilretteleggingstilskudd); Orkla Økonomi on the
 *   2019 agreement (IA tilretteleggingstilskudd not continued); Prop. 81 L (2016–2017) kap. 23 (individual
 *   accommodation, ldl § 22); Compendia on § 4 a (in force 1 January 2020); Prop. 1 S (2025–2026) for DFD (the
 *   ministry created 1 January 2024, responsible for state employer policy).
 * - YTF: the text of the IA agreement 2019–2022; regjeringen.no 2025 on the bransjeprogram in the new agreement.
 * - Dagsavisen/NTB 12.02.2025 (IA agreement 2025–2028 signed 12 Feb 2025; the previous one ended at new year),
 *   Fagforbundet 09.11.2022 (the 2019–2022 agreement extended to the end of 2024), Spekter (signed 18.12.2018).
 * Each row names its source.
 */
import { describe, expect, it } from 'vitest';
import { curatedEntries, describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-four target-group and inclusion corrections say what their sources say',
  [
    // Bufdir ARP: the four-step method and the report bind public employers of any size and private ones over 50
    ['duty-arp-recruitment', /\*\*alle offentlige arbeidsgivere, uansett størrelse\*\*, og private virksomheter med flere enn 50 ansatte/],
    // Bufdir ARP: private employers with 20–50 employees when one of the parties asks
    ['duty-arp-recruitment', /mellom 20 og 50 ansatte har de samme pliktene når en av partene på arbeidsplassen krever det/],
    // Bufdir ARP: a municipality has the duty whatever its size; pay and involuntary part-time every other year
    ['mun-inclusion-reporting', /kommunen denne plikten \*\*uansett størrelse\*\*/],
    ['mun-inclusion-reporting', /kartlegge lønn etter kjønn og ufrivillig deltid, med høyst 2 år mellom hver gang/],
    // regjeringen.no: supplementary letters 2018, fellesføringer 2019–2021 (H-6/19 for 2020); seed 002: 2024 = number
    ['state-inclusion-reporting', /tillegg til tildelingsbrevene for 2018 og i fellesføringene for 2019, 2020 og 2021/],
    ['state-inclusion-reporting', /For \*\*2024\*\* kom en ny fellesføring: virksomheten skulle oppgi \*\*antall\*\*/],
    // DFØ: the counting list is the dugnad years' guidance
    ['state-inclusion-reporting', /i årene med inkluderingsdugnaden \(sist for rapporteringsåret 2021\)/],
    // SMK tillegg til tildelingsbrev 2018: fewer than five new hires, no percentage, for privacy
    ['state-inclusion-report-few-hires', /skulle den etter føringene for inkluderingsdugnaden ikke oppgi prosentandelen/],
    // seed 002 fn. 1: the 2024 fellesføring asked for the number of hires
    ['state-inclusion-report-few-hires', /fellesføringen for 2024 ba om \*\*antall\*\* ansettelser/],
    // regjeringen.no/Difi: four years in a row = 2018 supplement + 2019, 2020, 2021
    ['inc-inkluderingsdugnaden', /i et tillegg til tildelingsbrevene for 2018 og i fellesføringene for 2019, 2020 og 2021/],
    // seed 002 fn. 1: no fixed percentage in 2024; ambition set with the unions
    ['inc-inkluderingsdugnaden', /uten et fast prosentmål/],
    // ldl § 22: accommodation up to a disproportionate burden
    ['inc-goal-conflict-fulltime', /\*\*uforholdsmessig byrde\*\* \(likestillings- og diskrimineringsloven § 22\)/],
    // nav.no: inkluderingstilskudd is today's grant for accommodation costs
    ['tg-low-share-what-to-do', /arbeidstrening eller \*\*inkluderingstilskudd\*\*/],
    // DFØ «Dette skal du rapportere»: the exclusion of those in a permanent or longer temporary post is DFØ's wording
    ['tg-cv-gap-definition', /\(slik DFØ definerer gruppen\)/],
    // DFØ «Positiv særbehandling» (2023): a third group, immigrant background, has its own interview duty (§ 4 b)
    ['tg-who-is-target-group', /\*\*Innvandrerbakgrunn\*\* er en egen gruppe med intervjuplikt \(statsansatteforskriften § 4 b; DFØ\)/],
    // Spekter (18.12.2018), Fagforbundet 09.11.2022 (extended to end of 2024), Dagsavisen 12.02.2025 (ended at new year)
    ['ia-agreement', /inngått 18\. desember 2018 for 2019–2022 og forlenget ut 2024/],
    ['ia-agreement', /fra nyttår 2025 til avtalen ble signert, var det ingen IA-avtale/],
    // Idébanken + YTF (2019 text): the two focus areas were the 2019–2024 agreement's; the 2025 text was not read
    ['ia-agreement-employer-role', /De var hovedområdene i avtalen for 2019–2024/],
    // regjeringen.no 2025: the bransjeprogram continue in the new agreement
    ['ia-agreement-employer-role', /\*\*Bransjeprogrammene\*\* er med i den nye avtalen/],
  ],
  DAY,
);

describe('round twenty-four removed claims stay removed', () => {
  const { rendered } = curatedEntries();
  // nav.no evaluation of tilretteleggingsordningene: the IA tilretteleggingstilskudd ended 1 January 2019
  it('tg-low-share-what-to-do no longer offers tilretteleggingstilskudd as a current grant', () => {
    expect(rendered('tg-low-share-what-to-do', DAY)).not.toMatch(/arbeidstrening eller tilretteleggingstilskudd/);
  });
  // ldl § 22: the duty has a limit; the absolute «100 prosent» wording (a number written out) is gone
  it('inc-goal-conflict-fulltime writes no «100 prosent»', () => {
    expect(rendered('inc-goal-conflict-fulltime', DAY)).not.toMatch(/100 prosent/);
  });
  // SMK 2018 / DFØ: the «fewer than five» rule is the dugnad guidance, not stated as today's rule
  it('state-inclusion-report-few-hires no longer states the rule as today’s', () => {
    expect(rendered('state-inclusion-report-few-hires', DAY)).not.toMatch(/skal dere ikke oppgi prosentandelen/);
  });
});
