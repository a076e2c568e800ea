/**
 * Round twenty-six (r26-legal): legal facts the knowledge base states or hedges, checked against what could be read on
 * 2026-12-03. No new entries; one entry corrected (ad-discriminatory-ad-consequences: who may bring a case to
 * Diskrimineringsnemnda), the rest confirmed as they stand. Sources read:
 * - LDO «Klage på diskriminering» (ldo.no/diskriminert/pa-jobb/klage-pa-diskriminering): a complaint on behalf of someone
 *   else needs written authorisation (fullmakt); without it, and when the case is not the complainant's own, the
 *   tribunal rejects it. The text of diskrimineringsombudsloven § 9 itself could not be read, so whether an organisation
 *   may complain about an advert no particular applicant was hit by is left open in the entry.
 * - Norsk Lovtidend avd. I 2025 (Lovdata public data, lovtidend-avd1-2025, announcements up to 27 October 2025):
 *   LOV-2025-06-20-81 (the new forvaltningsloven) says «I kraft fra: Kongen bestemmer», § 99 «Loven trer i kraft fra
 *   den tiden Kongen bestemmer»; no commencement resolution for it was announced in that period. So the entries keep
 *   saying that we have not found when it comes into force.
 * - DFØ «Positiv særbehandling når man søker jobb i staten» (updated 16 February 2023): qualified applicants with a
 *   disability (needing accommodation), a CV gap or an immigrant background – at least one in each group to interview.
 * - nav.no «Spørsmål og svar om tilskudd til bil i arbeid og utdanning»: the grant lasts 11 years and is written down
 *   by 1/22 each half-year (the parameter nav.car-grant.write-down-years holds the 11).
 * - nav.no «Arbeidsgiveren kan betvile en sykmelding»: talk to the employee, stop payment, tell them they may apply to
 *   NAV, send the inntektsmelding saying no sick pay was paid, with dates and reasons; NAV decides.
 * - nav.no «Kronisk syk arbeidstaker», Compendia «Fritak for arbeidsgiverperioden ved økt risiko for sykefravær» and
 *   AKST's routine: the exemption applies from the day NAV received the application, for the period in the decision;
 *   apply again before it runs out. None gives a fixed length (no «three years»), so none is stated.
 * No amounts or durations were added, so no parameters.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-six legal corrections keep the house style', ['ad-discriminatory-ad-consequences'], { day: DAY, english: true });

describeFacts(
  'round twenty-six legal facts say what their sources say',
  [
    // LDO «Klage på diskriminering»: complaining for someone else needs written authorisation, otherwise rejected
    ['ad-discriminatory-ad-consequences', /må legge ved en \*\*skriftlig fullmakt\*\* fra den saken gjelder/],
    ['ad-discriminatory-ad-consequences', /det mangler fullmakt, avviser Diskrimineringsnemnda den \(LDO\)/],
    // The old «anyone may bring a case» claim is gone
    ['ad-discriminatory-ad-consequences', /^(?![\s\S]*enhver kan bringe en sak)/],
    // An organisation's complaint about an advert that hit no particular applicant: unconfirmed, so the manager is told whom to ask
    ['ad-discriminatory-ad-consequences', /må avklares med ombudet \(diskrimineringsombudsloven § 9\)/],
    // Lovtidend 2025: LOV-2025-06-20-81 in force when the King decides (§ 99); no commencement announced up to Oct 2025
    ['duty-impartiality-relative', /lov 20\. juni 2025 nr\. 81\) er vedtatt.*Vi har ikke funnet når den trer i kraft/],
    ['mun-appointment-complaint', /lov 20\. juni 2025 nr\. 81\) er vedtatt.*Vi har ikke funnet når den trer i kraft/],
    // DFØ «Positiv særbehandling når man søker jobb i staten»: at least one qualified applicant in each group
    ['state-interview-obligation', /funksjonsnedsettelse\*\* som krever tilrettelegging, skal \*\*minst én\*\* av dem kalles inn/],
    ['state-interview-obligation', /minst én kvalifisert søker med \*\*innvandrerbakgrunn\*\* kalles inn \(DFØ\)/],
    // nav.no Q&A on the car grant: 11 years, 1/22 written down each half-year
    ['nav-car-grant-job-ends', /skrives ned gradvis over 11 år – en like stor del hvert halvår/],
    // nav.no «Arbeidsgiveren kan betvile en sykmelding»: inntektsmelding saying no sick pay, with dates and reasons
    ['sick-pay-new-hire-employer-disputes', /send inntektsmelding der dere sier at dere ikke betaler, med datoer og begrunnelse \(nav\.no\)/],
    // nav.no / Compendia / AKST: from the day NAV received the application, for the period in the decision, no fixed length
    ['sick-pay-exemption-duration', /fritaket gjelder fra den dagen NAV mottok søknaden, og for den perioden som står i vedtaket/],
    ['sick-pay-exemption-duration', /må det søkes på nytt/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round twenty-six: who may complain about an advert reaches the corrected entry',
  [
    // moved here from round twenty-one's known misses: it routes since the «Hvem kan klage» phrasing was added
    ['Kan en søker klage på en stillingsannonse som diskriminerer selv om hen ikke søkte?', undefined, 'ad-discriminatory-ad-consequences'],
    ['Trenger en organisasjon fullmakt for å klage en stillingsannonse inn for Diskrimineringsnemnda?', undefined, 'ad-discriminatory-ad-consequences'],
  ],
  DAY,
);
