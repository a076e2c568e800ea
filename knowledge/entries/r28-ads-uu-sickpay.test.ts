/**
 * Round twenty-eight (r28-ads-uu-sickpay): job advertisements, universal design of recruitment, sick pay in the employer
 * period and its exemption, the IA agreement and the activity duty. Most angles were already answered; this round added
 * no entry (the Statens personalhåndbok angle is answered by state-who-sets-qualification-requirements, SPH punkt 2.1) and extended ten.
 * Sources read 2026-12-03 (stored copies): regjeringen.no Statens personalhåndbok kap. 2 punkt 2.1 (confirms the existing
 * entry); Arbeidstilsynet aml § 14-1 b; Lovdata forskrift om politiattest i barnehager
 * § 4 («i utlysningsteksten»); nav.no «Sykepenger og arbeidsgiverens plikter» (one-day-a-week example; the employer
 * «må informere» the employee); nav.no «Kronisk syk arbeidstaker» (both may apply; the employee reports improvement);
 * AKST's routine (apply again before the decision expires); SPH 2017 punkt 2.3.3.8 and LDO «Klage på diskriminering».
 * Not confirmed and so not stated: whether diskrimineringsombudsloven lets anyone (e.g. an organisation) bring an ad
 * case without an affected applicant; a fixed length of a § 8-20 exemption; a written-form requirement for telling a
 * new hire the employer will not pay; heltid rules in kommuneloven or the current KS main agreement; who represents
 * the state as employer in the IA agreement 2025–2028.
 */
import { describeFacts, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-eight advert, accessibility and sick-pay entries say what their sources say',
  [
    // Arbeidstilsynet aml § 14-1 b; Prop. 133 L kap. 6: not a ban on part-time
    ['mun-parttime-documentation', /kommunen \*\*kan fortsatt\*\* lyse ut og ansette i deltid/],
    ['mun-parttime-documentation', /vi har ikke funnet egne heltidsregler i kommuneloven/],
    ['mun-small-post-reduced-capacity', /kommunen \*\*kan fortsatt\*\* tilby en liten stilling til en søker med redusert arbeidsevne/],
    // Lovdata forskrift om politiattest i barnehager § 4: «Arbeidsgiver skal i utlysningsteksten gjøre søkere oppmerksom på …»
    ['mun-police-certificate-kindergarten', /I utlysningsteksten – ja, det skal stå der/],
    // Arbeidstilsynet aml § 13-2; LDO sak 10/142 applies aml § 13-1 to age at hiring
    ['ad-recent-unbroken-experience', /står i arbeidsmiljøloven § 13-1 \(og § 13-2\)/],
    // nav.no «Sykepenger og arbeidsgiverens plikter»: one day a week → two (possibly three) days
    ['sick-pay-employer-period-which-days', /sykepenger for to, eventuelt tre, dager – ikke for alle kalenderdagene/],
    // nav.no: «Hvis arbeidsgiver mener at vilkårene … ikke er oppfylt, må han informere arbeidstaker om dette»
    ['sick-pay-new-hire-under-four-weeks-inntektsmelding', /nav\.no sier at arbeidsgiveren må \*\*informere\*\* arbeidstakeren/],
    ['sick-pay-new-hire-employer-disputes', /vi har ikke funnet et krav om skriftlig form, men gi beskjeden skriftlig/],
    // nav.no «Kronisk syk arbeidstaker»; NHI (from the day NAV received the application); AKST (apply again before expiry)
    ['sick-pay-employer-period-exemption', /\*\*Ikke for alltid:\*\* fritaket er ikke varig/],
    ['sick-pay-employer-period-exemption', /søk på nytt i god tid før vedtaket løper ut \(AKST\)/],
    ['sick-pay-exemption-employee-role', /unntaket gjelder for perioden i NAVs vedtak, ikke for alltid/],
    // Dagsavisen 12.02.2025; Idébanken: the agreement is 2025–2028 and about sick leave and drop-out
    ['ia-agreement', /ingen IA-avtale for 2024–2027; den gjeldende gjelder 2025–2028/],
    ['ia-agreement', /ikke å rekruttere flere med funksjonsnedsettelse/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-eight answers in their own words',
  [
    ['Hva sier personalhåndboken i staten om kravene vi setter i kunngjøringsteksten?', 'state', 'state-who-sets-qualification-requirements'],
    ['Vi skal lyse ut en 50 % stilling på sykehjemmet – må vi dokumentere behovet for deltid først?', 'municipal', 'mun-parttime-documentation'],
    ['Hindrer heltidsnormen oss i å gi en 40 % stilling til en kandidat med redusert arbeidsevne?', 'municipal', 'mun-small-post-reduced-capacity'],
    ['Må stillingsteksten for barnehageassistent nevne at politiattest blir krevd?', 'municipal', 'mun-police-certificate-kindergarten'],
    ['Kan en interesseorganisasjon klage annonsen vår inn for Diskrimineringsnemnda uten at en søker har klaget?', undefined, 'ad-discriminatory-ad-consequences'],
    ['Diskriminerer et krav om fersk ledererfaring eldre søkere?', 'state', 'ad-recent-unbroken-experience'],
    ['Hvor raskt må vi svare på en melding fra tilbakemeldingslenken i tilgjengelighetserklæringen?', undefined, 'uu-feedback-response'],
    ['Må appen der ungdom søker sommerjobb ha tilgjengelighetserklæring, og fra når?', 'municipal', 'hiring-uu-accessibility-statement'],
    ['Må tilgjengelighetserklæringen fornyes, og hvor ofte?', undefined, 'uu-statement-upkeep'],
    ['Hva krever reglene om forstørring og zoom i søknadsskjemaet?', undefined, 'uu-form-zoom-keyboard-contrast'],
    ['Deltidsansatt som jobber én dag i uka er syk i tre uker – hvilke dager betaler vi i arbeidsgiverperioden?', 'municipal', 'sick-pay-employer-period-which-days'],
    ['Ansatt i 20 % stilling jobber bare mandager – betaler vi sykepenger for alle 16 dagene i arbeidsgiverperioden?', 'state', 'sick-pay-employer-period-which-days'],
    ['Vi mener en nyansatt ikke har krav på sykepenger fra oss – hva må vi gjøre overfor den ansatte?', 'state', 'sick-pay-new-hire-employer-disputes'],
    ['Kan kommunen få fritak fra arbeidsgiverperioden for en søker med epilepsi og mange korte fravær?', 'municipal', 'sick-pay-employer-period-exemption'],
    ['Handler IA-avtalen om å få flere med funksjonsnedsettelse i arbeid, eller om sykefravær?', undefined, 'ia-agreement'],
    ['Hvordan vet vi om vi har aktivitetsplikt som offentlig myndighet, ikke bare som arbeidsgiver?', 'municipal', 'duty-arp-public-authority-services'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-eight questions the index does not yet route',
  [
    [
      'Skal annonsen for assistent i barnehagen opplyse om at vi krever politiattest?',
      'municipal',
      'mun-police-certificate-kindergarten',
      'the kindergarten entry leads but scores under the threshold; hiring-police-certificate, second, says the same about the advert',
    ],
    [
      'Den nyansatte har ikke vært her i fire uker og er sykmeldt – hva sier vi til hen og til NAV om arbeidsgiverperioden?',
      'municipal',
      'sick-pay-new-hire-under-four-weeks-inntektsmelding',
      'sick-pay-new-hire-earning-period (NAV and the four weeks) edges it by 0.005; both answers tell the manager to inform the new hire and NAV',
    ],
  ],
  DAY,
);
