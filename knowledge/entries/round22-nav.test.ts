/**
 * Round twenty-two (r22-nav-facts): claims earlier reviewers could not confirm, checked again on 2026-12-03 against
 * the sources named on each row. Sources read: Byggmesteren 6 Aug 2025 (the Arbeids- og inkluderingsdepartementet's
 * press release on mentor for young people), NAV's agreement system (navikt/tiltaksgjennomforing-api, snapshot
 * 2026-08-20: mentor durations, VTA-O rates, measure types), nav.no «Gravid arbeidstaker» and «Kronisk syk arbeidstaker»
 * (for employers), AKST (a municipal payroll office), Compendia, the nav.no news on digital refunds (Dec 2022 / Feb 2023),
 * LDO «Spørreforbud i ansettelsesprosessen», Compendia on collecting information at hiring, Arbeidstilsynet's text of
 * arbeidsmiljøloven § 13-4, Jobbnorge's accessibility statement, and Uu-tilsynet on the web directive (1 Feb 2023) and
 * visual description of video (1 Feb 2024). What could not be confirmed was taken out of the text or hedged.
 */
import { describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-two corrections say what their sources say',
  [
    // 1. Byggmesteren (ministry press release, Aug 2025): mentor up to three years for all under 30 in tilrettelagt fag- og
    // yrkesopplæring, in force 1 August; before, at most six months without reduced work capacity. Section numbers of
    // tiltaksforskriften not confirmed, so none are cited.
    [
      'nav-mentor-apprentice',
      /fra 1\. august 2025 kan alle under 30 år som gjennomfører opplæringstiltak gjennom tilrettelagt fag- og yrkesopplæring, få mentor i inntil 3 år; før var grensen 6 måneder for dem uten nedsatt arbeidsevne/,
    ],
    ['nav-mentor-apprentice', /^(?![\s\S]*§ 5-[34])/],
    // nav.no «Mentortilskudd» for employers (copy updated 7 June 2023): six months, three years with reduced capacity; no youth rule
    ['nav-mentor-apprentice', /NAVs side om mentortilskudd for arbeidsgivere nevner ikke regelen i kopien vi har lest \(oppdatert 7\. juni 2023\)/],
    // NAV's agreement system (MentorStartOgSluttdatoStrategy, 2026-08-20): over six months only with reduced work capacity
    [
      'nav-mentor-apprentice',
      /NAVs digitale avtaleløsning godtok i august 2026 mentoravtaler over 6 måneder bare når NAV har vurdert at deltakeren har nedsatt arbeidsevne – be derfor NAV bekrefte varigheten/,
    ],
    // 2. nav.no (Gravid arbeidstaker): «Vedtaket gjelder for en tidsbestemt periode»; no fixed length on nav.no or in the
    // summaries of § 8-20 we read; AKST: apply again before the decision expires; Compendia: «for eksempel i inntil ett år»
    ['sick-pay-exemption-duration', /gir en fast lengde; NAV skriver om svangerskapsrelatert sykdom at vedtaket gjelder for en \*\*tidsbestemt periode\*\*/],
    ['sick-pay-exemption-duration', /Trengs fritaket fortsatt når perioden er ute, må det søkes på nytt \(slik rutinen til et kommunalt lønnskontor, AKST, beskriver det\)/],
    ['sick-pay-exemption-duration', /Compendia nevner inntil 1 år som eksempel/],
    // 4. LDO (spørreforbud): no exception for pregnancy, adoption and family planning; others only when decisive for the work
    ['duty-interview-health-questions', /Forbudet mot å spørre om graviditet, adopsjon og familieplanlegging har ingen unntak; for de andre forholdene er unntakene snevre/],
    ['hiring-applicant-raises-disability', /med mindre de har avgjørende betydning for arbeidet \(likestillings- og diskrimineringsloven § 30; LDO\)/],
    // Arbeidstilsynet (aml § 13-4): political views and union membership are in aml § 13-4, not in ldl § 30 or aml § 9-3
    ['hiring-google-applicants', /for politisk syn og fagforeningsmedlemskap gjelder arbeidsmiljøloven § 13-4/],
    // 5. Jobbnorge (tilgjengelighetserklæring): «Vi skal ... Være på nivå AA i henhold til WCAG 2.0» – an aim, WCAG 2.1 not named
    [
      'uu-recruitment-vendor-solution',
      /Jobbnorges tilgjengelighetserklæring \(udatert\) sier at de \*\*skal\*\* følge forskriften og være på nivå AA etter WCAG 2\.0 – den nevner ikke WCAG 2\.1/,
    ],
    // 6. VTA-O: no adopted rules found on 2026-12-03; NAV's agreement system had a 2026 VTA-O rate (added 4 Dec 2025)
    ['mun-vta-o-status', /Per 3\. desember 2026 har vi verken i Lovdata eller hos regjeringen funnet/],
    ['mun-vta-o-status', /sats for det månedlige VTA-O-tilskuddet for hele 2026 \(lagt inn 4\. desember 2025\)[\s\S]*sier ingenting om nye regler for oppfølging/],
    ['mun-vta-o', /Per 3\. desember 2026 har vi ikke kunnet bekrefte om og når endringene er vedtatt/],
    ['mun-vta-o-ks-view', /Per 3\. desember 2026 har vi ikke kunnet bekrefte/],
    ['mun-vta-o-wages', /Per 3\. desember 2026 har vi ikke kunnet bekrefte/],
    ['mun-vta-o-municipal-role', /Per 3\. desember 2026 har vi ikke kunnet bekrefte/],
    ['mun-vta-o-grant', /Per 3\. desember 2026 har vi ikke kunnet bekrefte/],
    // No nav.no, regjeringen.no or regulation text on «tilpasset jobbstøtte» found on 2026-12-03; NAV's agreement system
    // (Tiltakstype.java, snapshot 2026-08-20) lists no such measure type
    [
      'nav-tilpasset-jobbstotte',
      /per 3\. desember 2026 har vi ikke funnet noen side på nav\.no eller hos regjeringen, eller noen forskriftstekst, om \*\*tilpasset jobbstøtte\*\*/,
    ],
    ['nav-tilpasset-jobbstotte', /tilpasset jobbstøtte var per 20\. august 2026 ikke blant tiltakstypene i NAVs avtalesystem for arbeidsgivere/],
    // Confirmed, unchanged (guards): nav.no news (Feb 2023) – refund within two months after the subsidy period ends;
    // nav.no (Gravid arbeidstaker, Kronisk syk arbeidstaker) and folketrygdloven § 22-13 – three months back
    ['nav-wage-subsidy-refund-frequency', /senest 2 måneder etter at tilskuddsperioden er over/],
    ['sick-pay-exemption-refund', /NAV refunderer bare for inntil 3 måneder før den måneden kravet kommer inn \(folketrygdloven § 22-13\)/],
    // Confirmed, unchanged (guards): Uu-tilsynet – WCAG 2.1 for the public sector from 1 Feb 2023, visual description from 1 Feb 2024
    ['uu-wcag-version', /de 35 kravene fra WCAG 2\.0 og 12 nye fra WCAG 2\.1 har gjeldt fra 1\. februar 2023/],
    ['uu-wcag-version', /Fra 1\. februar 2024 kom kravet om \*\*synstolking\*\*/],
  ],
  DAY,
);
