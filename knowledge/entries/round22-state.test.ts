/**
 * Round twenty-two (r22-state-facts): claims on state employment that earlier reviewers flagged as not confirmed, checked
 * again on 2026-12-03 against what could be read: Prop. 76 L (2024–2025) kap. 3 and Innst. 305 L (2024–2025) on
 * statsansatteloven § 13, Personalreglement for departementene / Reglement for personalforvaltningen i departementene and
 * their guidance, Statens personalhåndbok (2017 edition on Lovdata and the current one on regjeringen.no), Innst. 424 L
 * (2016–2017) (the law as passed, § 2), DFØ on administrative appointment, Innst. O. nr. 4 (1994–95) on forvaltningsloven
 * § 3, Sivilombudet, LO-advokatene, and rundskriv D-2/24 on the fellesføringer for 2024.
 * Not confirmed, so removed or hedged: the enacted text and commencement of the § 13 change (read in round 24 from
 * Lovtidend and written back in: see round24-review.test.ts); the section numbers of the state
 * right to stay in post (only LO-advokatene's reference to § 35 tredje ledd was found); a fellesføring for 2025 or 2026.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

// Entries rewritten this round whose sources were all read again today (moved here from the round 18 and 21 lists).
describeHouseStyle('round twenty-two rewritten state entries keep the house style', ['state-part-time-extra-shifts'], { day: DAY, english: true });
describeHouseStyle('round twenty-two rewritten state-hiring entries keep the house style', ['state-ministry-recommendation-council', 'state-appointment-error-consequences'], {
  day: DAY,
});

describeFacts(
  'round twenty-two state corrections say what their sources say',
  [
    // Round 24 read the enacted text (Lovtidend, lov 20. juni 2025 nr. 43) and its commencement (FOR-2025-06-20-1127,
    // 1 January 2026); the rows on state-part-time-extra-shifts and part-time-preferred-right are in round24-review.test.ts.
    // Veiledning til personalreglement for departementene (til § 1): § 7 første ledd exempts from §§ 3–6;
    // Personalreglement for departementene § 1 andre ledd: §§ 2–5 do not apply up to six months, the ministry may set rules
    [
      'state-ministry-recommendation-council',
      /\*\*Inntil 6 måneder:\*\* statsansatteloven § 7 første ledd unntar slike ansettelser fra lovens regler om kvalifikasjonsprinsippet, utlysning, innstilling og ansettelsesorgan \(§§ 3–6\)/,
    ],
    ['state-ministry-recommendation-council', /§§ 2–5 i Personalreglement for departementene gjelder ikke/],
    // Personalreglement for departementene § 1 tredje ledd and § 2 (jf. statsansatteloven § 7 annet ledd): six months to a year
    ['state-ministry-recommendation-council', /\(§ 2, jf\. statsansatteloven § 7 andre ledd\)\. Personalreglementets §§ 3–5 om innstillingsråd og ansettelse gjelder ikke/],
    // Statens personalhåndbok 2017 pkt. 2.4.5.1 («I et departement vil det være statsråden som har tilsettingsmyndigheten»),
    // written under tjenestemannsloven (tjml. § 5)
    ['state-appointing-authority', /Statens personalhåndbok 2017 pkt\. 2\.4\.5\.1, skrevet under tjenestemannsloven/],
    // Statens personalhåndbok pkt. 2.2 and Innst. 424 L (vedtak, § 2 (2)): the ministry decides before the personalreglement
    ['state-appointing-authority', /vedtar det overordnede departementet hvilke stillinger som skal besettes av Kongen eller departementet \(statsansatteloven § 2 andre ledd\)/],
    // DFØ (Administrativ ansettelse): no external advertisement (§ 4), no recommendation or appointment board (§§ 5 and 6),
    // under 6 months or up to 12 if the personalreglement says so; a ground under § 9 is still needed
    ['state-appointing-authority', /kan lederen ansette uten ekstern utlysning og uten innstilling og behandling i ansettelsesråd \(statsansatteloven § 7, jf\. §§ 4–6; DFØ\)/],
    ['state-appointing-authority', /Det må likevel være hjemmel for midlertidig ansettelse \(§ 9\)/],
    // Statens personalhåndbok 2017 pkt. 2.4.6.4: a judgment of invalidity has no significance for the appointee
    ['state-appointment-error-consequences', /Statens personalhåndbok 2017 \(pkt\. 2\.4\.6\.4, skrevet under tjenestemannsloven\)/],
    // Sivilombudet (underdirektør): the appointee is not a party; the statement does not affect his employment
    ['state-appointment-error-consequences', /den som ble ansatt, er ikke part i klagesaken, og uttalelsen innvirker ikke på ansettelsesforholdet/],
    // Innst. O. nr. 4 (1994–95) pkt. 3: § 35 reversal in principle, not to the party's detriment under § 35 tredje ledd
    ['state-appointment-error-consequences', /men ikke omgjøring til skade for parten etter § 35 tredje ledd \(Innst\. O\. nr\. 4 \(1994–95\) pkt\. 3\)/],
    ['state-appointment-error-consequences', /Vil dere trekke tilbake en ansettelse den ansatte har takket ja til, må virksomhetens advokat vurdere saken først/],
    // LO-advokatene (lo.no): a dismissed state employee stood in post during the whole case; § 35 tredje ledd as they cite it
    ['state-probation-dismissal', /beskriver LO-advokatene en sak der den oppsagte sto i stillingen under hele rettssaken/],
    ['state-probation-dismissal', /Om det samme gjelder ved oppsigelse i prøvetiden, har vi ikke fått kontrollert i lovteksten/],
    // regjeringen.no: Rundskriv D-2/24 Fellesføringer i tildelingsbrevene 2024 (DFD, 8 March 2024); none found for 2025/2026
    ['inc-fellesforing-2024', /Fellesføringene for 2024 står i rundskriv D-2\/24 fra Digitaliserings- og forvaltningsdepartementet \(8\. mars 2024\)/],
    ['inc-fellesforing-2024', /Et tilsvarende rundskriv for 2025 eller 2026 har vi ikke funnet/],
  ],
  DAY,
);

// Probe questions written for this review, in managers' words, reaching the corrected entries.
describeRoutedQuestions(
  'round twenty-two manager questions reach the corrected entry',
  [
    ['Har deltidsansatte i staten fortrinnsrett til ekstravakter nå?', 'state', 'state-part-time-extra-shifts'],
    ['Hvem leder innstillingsrådet i et departement?', 'state', 'state-ministry-recommendation-council'],
    ['Kan den som ble forbigått få erstatning fra staten?', 'state', 'state-appointment-error-consequences'],
  ],
  DAY,
);
