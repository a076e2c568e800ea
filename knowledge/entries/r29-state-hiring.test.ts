/**
 * Round twenty-nine (r29-state-hiring): hiring in the STATE as managers ask about it – the duty to advertise and its
 * exceptions, the qualification principle, innstilling and ansettelsesråd, the interview duty and moderate preference
 * for applicants with a disability or a gap in the CV (statsansatteforskriften §§ 4 and 4a), administrative appointment,
 * temporary employment, probation, the state trainee programme, applicant lists and passed-over applicants.
 * Most angles were already answered; this round added one entry (the ordinary hiring rules for a longer temporary post)
 * and added phrasings to two (state-administrative-appointment, hiring-sivilombudet-appointment-complaint). Sources read 2026-12-03 (stored copies): Juristforbundet «Fagartikkel:
 * kvalifikasjonsprinsippet i offentlig sektor» (2023; only appointments under statsansatteloven § 7 are exempt), Tekna
 * «Ansettelse i statlig sektor» (updated 22 Feb 2021; all vacant posts advertised unless otherwise laid down), Statens
 * personalhåndbok kap. 2 (regjeringen.no) and the 2017 edition pkt. 2.14.2.1 (Lovdata), Prop. 94 L (2016–2017) kap. 11,
 * Sivilombudet «Sak om tilsetting av jurist – kvalifikasjonsprinsippet», Difi/DFØ «Hva er inkluderingsdugnaden?».
 *
 * Questions a state manager asks (from DFØ's recruitment and inkluderingsdugnad pages, SPH kap. 2, Tekna's and
 * Juristforbundet's Q&A on state hiring, Sivilombudet's statements), asked with `--sektor stat`:
 *  1 Kan vi ansette en vikar i tre måneder uten å lyse ut stillingen? (SPH 2.3 / § 7) – routed
 *  2 Hvilke stillinger er unntatt fra kravet om offentlig utlysning i staten? (Tekna) – routed
 *  3 Er det lov å ansette noen fast i staten uten at stillingen har vært lyst ut? (Tekna) – known miss
 *  4 Må søkere med nedsatt funksjonsevne kalles inn til intervju selv om de ikke er best kvalifisert? (DFØ) – routed
 *  5 Søkeren har krysset av for hull i CV-en, men oppfyller ikke kvalifikasjonskravene … (DFØ) – routed
 *  6 Hva betyr det at vi kan velge en søker med funksjonsnedsettelse når kvalifikasjonene er nesten like? (DFØ) – tentative (0.55)
 *  7 Kan vi gå bort fra den best kvalifiserte søkeren for å nå inkluderingsmålet? (Difi inkluderingsdugnaden) – known miss
 *  8 Hva skal en innstilling inneholde i staten? (SPH kap. 2) – routed
 *  9 Hvem bestemmer til slutt hvem som blir ansatt i en statlig etat? (SPH 2.2) – routed
 * 10 Kan ansettelsesrådet velge nummer to på innstillingen? (Prop. 94 L kap. 11) – routed
 * 11 Hvor lenge kan vi ansette noen administrativt uten ansettelsesråd? (Juristforbundet) – routed
 * 12 Kan vi ansette midlertidig i et prosjekt i staten, og hvor lenge? (Tekna) – routed
 * 13 Når blir en midlertidig ansatt i staten automatisk fast? (Creo/Tekna) – routed
 * 14 Hvor lang er prøvetiden for nyansatte i staten? (SPH) – routed
 * 15 Kan vi ha prøvetid når en midlertidig ansatt i etaten får fast jobb? – routed
 * 16 Hvordan fungerer traineeprogrammet i staten for virksomheter som vil delta? (DFØ) – routed
 * 17 Hvem kan søke på traineeprogrammet i staten? (DFØ) – routed
 * 18 Kan en søker be om å bli unntatt fra den offentlige søkerlisten, og hva må vi vurdere? (offentleglova § 25) – known miss
 * 19 Hva skal stå på den offentlige søkerlisten? – routed
 * 20 Har en søker som ble forbigått rett til å klage på ansettelsen i staten? (Sivilombudet) – routed
 * 21 Kan den forbigåtte søkeren få innsyn i hvorfor den andre fikk jobben? – routed
 * 22 Kan Sivilombudet overprøve en ansettelse i staten? (Sivilombudet) – fixed
 * 23 Kva krav er det til utlysing av stillingar i staten? – routed
 * 24 Må me kalle inn søkjarar med hol i CV-en til intervju? – routed
 * 25 Do state agencies have to advertise all vacancies publicly? – routed
 * 26 Is there a probation period for new employees in Norwegian state agencies? – known miss
 * 27 Kan vi lyse ut en stilling som midlertidig og senere gjøre den fast uten ny utlysning? – routed
 * 28 Må vi intervjue alle søkere i målgruppen hvis det er 30 av dem? (DFØ) – routed
 * 29 Gjelder kvalifikasjonsprinsippet også når vi ansetter midlertidig i staten? (Juristforbundet) – new entry
 * 30 Kan vi ansette en tidligere trainee fast uten å lyse ut? (DFØ) – routed
 * 31 Må vi lyse ut en stilling i direktoratet som bare skal vare i fire måneder? – tentative in ask (about 0.52)
 * 32 Må innstillingen drøftes med tillitsvalgte før ansettelsesrådet behandler den? – known miss
 */
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-nine state hiring entries keep the house style', ['state-temp-ordinary-hiring-rules'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-nine state hiring entries say what their sources say',
  [
    // statsansatteloven §§ 3 and 4; Tekna «Ansettelse i statlig sektor»: all vacant posts advertised unless otherwise laid down
    ['state-temp-ordinary-hiring-rules', /stillingen skal lyses ut offentlig \(statsansatteloven § 4\), den best kvalifiserte søkeren skal ansettes \(§ 3\)/],
    // Juristforbundet: only appointments of up to six months (one year under the personalreglement) are exempt, § 7
    ['state-temp-ordinary-hiring-rules', /kan arbeidsgiver gjøre unntak fra §§ 3–6 \(§ 7, administrativ ansettelse\)/],
    ['state-temp-ordinary-hiring-rules', /Et vikariat eller engasjement som skal vare lenger, må gjennom ordinær prosess/],
    // statsansatteloven § 9: a ground for temporary employment is needed also for short appointments
    ['state-temp-ordinary-hiring-rules', /Grunnlaget for midlertidigheten\*\* må finnes i § 9/],
    // statsansatteforskriften § 3a (wage subsidy); SPH 2017 pkt. 2.14.2.1 (exceptions in the regulation, clearly defined groups)
    ['state-temp-ordinary-hiring-rules', /lønnstilskudd fra NAV \(§ 3a\)/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the state hiring answers in their own words (round twenty-nine)',
  [
    ['Kan vi ansette en vikar i tre måneder uten å lyse ut stillingen?', 'state', 'state-administrative-appointment'],
    ['Hvilke stillinger er unntatt fra kravet om offentlig utlysning i staten?', 'state', 'state-public-advertisement'],
    ['Må søkere med nedsatt funksjonsevne kalles inn til intervju selv om de ikke er best kvalifisert?', 'state', 'state-interview-obligation'],
    ['Søkeren har krysset av for hull i CV-en, men oppfyller ikke kvalifikasjonskravene. Må vi likevel innkalle til intervju?', 'state', 'state-interview-obligation'],
    // tentative in `npm run ask` (0.546, just under the limit); the harness counts it as routed
    ['Hva betyr det at vi kan velge en søker med funksjonsnedsettelse når kvalifikasjonene er nesten like?', 'state', 'state-moderate-preference'],
    ['Hva skal en innstilling inneholde i staten?', 'state', 'state-recommendation-who-writes'],
    ['Hvem bestemmer til slutt hvem som blir ansatt i en statlig etat?', 'state', 'state-appointing-authority'],
    ['Kan ansettelsesrådet velge nummer to på innstillingen?', 'state', 'state-recommendation-how-many'],
    ['Hvor lenge kan vi ansette noen administrativt uten ansettelsesråd?', 'state', 'state-administrative-appointment'],
    ['Kan vi ansette midlertidig i et prosjekt i staten, og hvor lenge?', 'state', 'state-temp-temporary-nature'],
    ['Når blir en midlertidig ansatt i staten automatisk fast?', 'state', 'state-three-year-rule'],
    ['Hvor lang er prøvetiden for nyansatte i staten?', 'state', 'state-probation'],
    ['Kan vi ha prøvetid når en midlertidig ansatt i etaten får fast jobb?', 'state', 'state-probation'],
    ['Hvordan fungerer traineeprogrammet i staten for virksomheter som vil delta?', 'state', 'state-trainee-how-to-join'],
    ['Hvem kan søke på traineeprogrammet i staten?', 'state', 'state-trainee-programme'],
    ['Hva skal stå på den offentlige søkerlisten?', 'state', 'applicant-list-contents'],
    ['Har en søker som ble forbigått rett til å klage på ansettelsen i staten?', 'state', 'state-appointment-complaint'],
    ['Kan den forbigåtte søkeren få innsyn i hvorfor den andre fikk jobben?', 'state', 'hiring-applicant-information-right'],
    ['Kan Sivilombudet overprøve en ansettelse i staten?', 'state', 'hiring-sivilombudet-appointment-complaint'],
    ['Kva krav er det til utlysing av stillingar i staten?', 'state', 'state-public-advertisement'],
    ['Må me kalle inn søkjarar med hol i CV-en til intervju?', 'state', 'state-interview-obligation'],
    ['Do state agencies have to advertise all vacancies publicly?', 'state', 'state-public-advertisement'],
    ['Kan vi lyse ut en stilling som midlertidig og senere gjøre den fast uten ny utlysning?', 'state', 'state-temp-to-permanent-no-advertisement'],
    ['Må vi intervjue alle søkere i målgruppen hvis det er 30 av dem?', 'state', 'state-interview-obligation'],
    ['Kan vi ansette en tidligere trainee fast uten å lyse ut?', 'state', 'state-trainee-permanent'],
    ['Gjelder kvalifikasjonsprinsippet også når vi ansetter midlertidig i staten?', 'state', 'state-temp-ordinary-hiring-rules'],
    ['Må et vikariat på to år i etaten gjennom ordinær ansettelsesprosess med utlysning?', 'state', 'state-temp-ordinary-hiring-rules'],
    ['Do we have to advertise a two-year fixed-term post in a Norwegian state agency?', 'state', 'state-temp-ordinary-hiring-rules'],
    ['Kan vi ansette midlertidig i et prosjekt i staten uten å følge kvalifikasjonsprinsippet?', 'state', 'state-temp-ordinary-hiring-rules'],
    // the harness counts this as routed, but `npm run ask` shows it as tentative (about 0.52)
    ['Må vi lyse ut en stilling i direktoratet som bare skal vare i fire måneder?', 'state', 'state-administrative-appointment'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-nine state hiring questions that still miss',
  [
    [
      'Kan vi gå bort fra den best kvalifiserte søkeren for å nå inkluderingsmålet?',
      'state',
      'state-moderate-preference',
      'phrasings with «best kvalifiserte» or «kvalifikasjonsprinsippet» on state-moderate-preference pulled round ten and eighteen rows (overqualified candidate, no qualified applicants) away, so they were taken out again',
    ],
    [
      'Er det lov å ansette noen fast i staten uten at stillingen har vært lyst ut?',
      'state',
      'state-exceptions-overview',
      'reaches state-temp-to-permanent-no-advertisement, a narrower entry; state-exceptions-overview would fit better',
    ],
    [
      'Kan en søker be om å bli unntatt fra den offentlige søkerlisten, og hva må vi vurdere?',
      'state',
      'applicant-list-exemption-request',
      '«unntatt fra søkerlisten» pulls to the extended-list entry; a new phrasing on applicant-list-exemption-request did not win',
    ],
    [
      'Is there a probation period for new employees in Norwegian state agencies?',
      'state',
      'state-probation',
      'reaches state-probation-new-position (new probation on a move), not the main probation entry',
    ],
    [
      'Må innstillingen drøftes med tillitsvalgte før ansettelsesrådet behandler den?',
      'state',
      'state-union-role-in-hiring',
      'no verified source on a duty to discuss the innstilling with the unions before the board decides; not answered on purpose',
    ],
    [
      'Kan lederen selv plukke ut hvem som skal få et engasjement på 18 måneder i statsforvalteren?',
      'state',
      'state-temp-ordinary-hiring-rules',
      '«plukke ut … statsforvalteren» and the number of months do not match the words of the new entry',
    ],
    [
      'Må eit vikariat over eitt år i staten lysast ut?',
      'state',
      'state-temp-ordinary-hiring-rules',
      'nynorsk «vikariat … lysast ut» reaches the interview-duty entry for temporary posts',
    ],
  ],
  DAY,
);
