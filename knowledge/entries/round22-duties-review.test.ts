/**
 * Round twenty-two (r22-rev-duties): a legal review of the duties-* and hiring-* entries, oldest `lastReviewed` first.
 * Sources read 2026-12-03: Bufdir «Om plikten» (public employers of any size and private ones with more than 50 employees;
 * 20–50 employees if a party demands it; the grounds listed without age) and «Slik redegjør du» (yearly report; pay and
 * involuntary part-time at least every other year), Stortinget lovvedtak 118 (2016–2017) § 2 (age in working life is
 * arbeidsmiljøloven chapter 13), LO Stat: Hovedavtalen i staten § 31 (ARP discussed with the unions at least yearly),
 * Arntzen de Besche and Hjort on arbeidsmiljøloven § 4-3 from 1 January 2026 (new first and second paragraphs; the old
 * first to fifth become third to seventh), Prop. 76 L (2024–2025) kap. 3.1 (part-timers' preference in the state is
 * statsansatteloven § 13 and statsansatteforskriften § 8), Statens personalhåndbok 2017 pkt. 2.3 (aml § 14-1 applies in the
 * state), norgeslover.no and Innst. 478 L (2024–2025) (a new forvaltningsloven, lov 20. juni 2025 nr. 81; commencement not
 * found), nav.no (arbeidsmarkedsloven § 7), presse.no quoting offentleglova § 25, Arkivverket on job applications,
 * Lovdata (forskrift om politiattest i barnehager § 4), Arbeidstilsynet (aml § 14-1 b), Prop. 141 LS (2020–2021) kap. 5
 * (Uu-tilsynet supervises, Diskrimineringsnemnda handles complaints), OsloMet and Prop. 56 LS kap. 7 (GDPR art. 9 and 10).
 * Each row names its source.
 */
import { describe, expect, it } from 'vitest';
import { curatedEntries, describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-two duties and hiring corrections say what their sources say',
  [
    // Bufdir «Om plikten» lists the grounds without age; Stortinget lovvedtak 118 (2016–2017) § 2 andre ledd: the act does not
    // apply to age discrimination in matters regulated by arbeidsmiljøloven chapter 13
    ['duty-arp-all-grounds', /gjelder \*\*alle diskrimineringsgrunnlagene unntatt alder\*\*/],
    ['duty-arp-all-grounds', /aldersdiskriminering i arbeidslivet reguleres av arbeidsmiljøloven kapittel 13 \(likestillings- og diskrimineringsloven § 2 andre ledd\)/],
    // Bufdir «Om plikten»: «Merk! De samme pliktene gjelder for arbeidsgivere i private virksomheter med mellom 20 og 50 ansatte,
    // hvis en av partene på arbeidsplassen krever det»
    ['duty-arp-plan', /private med mellom 20 og 50 ansatte hvis en av partene på arbeidsplassen krever det/],
    // Bufdir «Slik redegjør du»: every year gender balance, temporary staff, part-time, parental leave; the four steps carry no
    // yearly rule in what we read
    ['duty-arp-plan', /- \*\*Fire steg:\*\* undersøke risiko/],
    ['duty-arp-plan', /\*\*Redegjørelse hvert år\*\* i årsberetningen eller et annet offentlig tilgjengelig dokument/],
    // Arntzen de Besche (adeb.no): from 1 January 2026 aml § 4-3 has a new first and second paragraph; the former first to fifth
    // are continued unchanged as third to seventh, so the ban on harassment moved from the third to the fifth paragraph
    ['duty-harassment-employer', /arbeidsmiljøloven § 4-3 femte ledd; tredje ledd før 1\. januar 2026/],
    // Prop. 76 L (2024–2025) kap. 3.1: part-timers' preference in the state is statsansatteloven § 13 (and forskriften § 8,
    // which excludes temporary employees) – not arbeidsmiljøloven § 14-3
    ['state-internal-candidate-still-advertise', /en deltidsansatt som vil utvide stillingen \(statsansatteloven § 13\)/],
    ['state-small-part-time-post-advertise', /utvidet stilling \(statsansatteloven § 13; ikke midlertidig ansatte, statsansatteforskriften § 8\)/],
    // Statens personalhåndbok 2017 pkt. 2.3: «Arbeidsmiljøloven § 14-1 bestemmer at arbeidsgiver skal informere arbeidstakerne
    // om ledige stillinger i virksomheten» (state); seed 002 ch. 3.4 (also without advertisement)
    ['duty-internal-vacancy-info', /\*\*Arbeidsmiljøloven § 14-1\*\* sier at arbeidsgiver skal \*\*informere arbeidstakerne om ledige stillinger\*\*/],
    // norgeslover.no (NL/lov/2025-06-20-81; Prop. 79 L, Innst. 478 L, passed 11 and 16 June 2025): a new forvaltningsloven with
    // new numbering (§ 6 is a beredskapshjemmel there); its commencement could not be read, so the answers hedge
    ['duty-impartiality-relative', /En ny forvaltningslov \(lov 20\. juni 2025 nr\. 81\) er vedtatt.*be HR eller juristen bekrefte hvilken lov som gjelder/s],
    ['duty-impartiality-friend', /En ny forvaltningslov \(lov 20\. juni 2025 nr\. 81\) er vedtatt/],
    ['duty-impartiality-what-to-do', /En ny forvaltningslov \(lov 20\. juni 2025 nr\. 81\) er vedtatt/],
    ['mun-appointment-complaint', /En ny forvaltningslov \(lov 20\. juni 2025 nr\. 81\) er vedtatt/],
    // Confirmed and unchanged (rows so that a later edit cannot silently drop them):
    // LO Stat: Hovedavtalen i staten § 30 nr. 4 – the union representatives may comment on the advertisement text before it is published
    ['state-who-sets-qualification-requirements', /skal ha anledning til å uttale seg om utlysningsteksten før stillingen lyses ut \(Hovedavtalen i staten § 30\)/],
    // Bufdir «Om plikten»: public employers regardless of size follow the method
    ['duty-arp', /Alle \*\*offentlige virksomheter\*\* – statlige og kommunale – skal i tillegg følge en fast arbeidsmetode/],
    // LO Stat: Hovedavtalen i staten § 31 nr. 4 – ARP discussed with the union representatives at least once a year
    ['duty-arp-areas', /plikten skal drøftes med dem minst én gang i året/],
    // nav.no (arbeidsmarkedsloven kap. 3): «Arbeidsgiver skal straks melde ledig stilling til Arbeids- og velferdsetaten»
    ['vacancy-report-to-nav', /skal \*\*straks melde ledige stillinger til NAV\*\* \(arbeidsmarkedsloven § 7\)/],
    // presse.no quoting offentleglova § 25: name, age, position/title, municipality; number and gender of applicants
    ['hiring-applicant-list-target-group', /Listen skal vise navn, alder, stilling eller yrkestittel og bosteds- eller arbeidskommune, antall søkere og kjønn/],
    // Sivilombudet (Vefsn, 2005): a rule that every request is granted is unlawful; Norges Bank (2015): no withdrawal after publication
    ['applicant-list-exemption-request', /En fast regel om at alle ønsker om unntak tas til følge, er lovstridig/],
    // Arkivverket «Stillingssøknader»: keep both applicant lists and the appointee's application; never discard before appeal periods end
    ['privacy-application-retention', /aldri før alle klagefrister er ute/],
    // Lovdata FOR-2015-11-11-1285 § 4: the advertisement says a police certificate will be required, not attached to the application
    ['hiring-police-certificate', /utlysningsteksten skal si at politiattest vil bli krevd ved ansettelse, og at den ikke skal legges ved søknaden/],
    // Arbeidstilsynet (aml § 14-1 b (2)): the need for a part-time hire is documented in writing before the decision
    ['hiring-applicant-disability-pension', /Behovet for deltid skal dokumenteres \(arbeidsmiljøloven § 14-1 b\)/],
    // Prop. 141 LS (2020–2021) kap. 5: Uu-tilsynet supervises ICT; Diskrimineringsnemnda handles individual complaints under § 17
    ['hiring-universal-design', /Tilsynet for universell utforming av IKT fører tilsyn med digitale løsninger, og Diskrimineringsnemnda behandler klager/],
    // OsloMet / Prop. 56 LS kap. 7: health data are a special category (art. 9); criminal convictions have their own rule (art. 10)
    ['duty-privacy-health-data', /\*\*særlige kategorier av personopplysninger\*\* \(GDPR artikkel 9\)/],
  ],
  DAY,
);

describe('round twenty-two duties review: no municipal rule left in the state entries', () => {
  const { rendered } = curatedEntries();
  // Prop. 76 L (2024–2025) kap. 3.1: in the state the preference is statsansatteloven § 13
  it.each(['state-internal-candidate-still-advertise', 'state-small-part-time-post-advertise'])('%s', (id) => {
    expect(rendered(id, DAY)).not.toMatch(/arbeidsmiljøloven § 14-3/);
  });
  // Arntzen de Besche: the harassment ban is no longer the third paragraph of aml § 4-3 after 1 January 2026
  it('duty-harassment-employer names the paragraph in force', () => {
    expect(rendered('duty-harassment-employer', DAY)).not.toMatch(/§ 4-3 tredje ledd\)/);
  });
});
