/**
 * Round seventeen (r17-nav-practical): the practical NAV side for employers, driven by questions managers actually
 * ask — the employer period and its refunds (folketrygdloven §§ 8-19, 8-20, 22-13), funksjonsassistanse i arbeidslivet,
 * ordering candidates from NAV and arbeidstrening. Two new entries (how much absence the § 8-20 exemption needs; who
 * qualifies for a functional assistant), facts added to sick-pay-exemption-refund and sick-pay-employer-period-basics,
 * and phrasings or tags added to the entries the probes reached without confidence. Sources: nav.no and
 * arbeidsgiver.nav.no (kronisk syk, gravid arbeidstaker, arbeidsgivers plikter, funksjonsassistanse, arbeidstrening),
 * Virke, jusinfo, Compendia, helsenett, Kunnskapsbanken, SAFO, NHO and regjeringen.no, read 2026-12-02.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['sick-pay-exemption-how-much-absence', 'nav-function-assistance-who-qualifies'] as const;

describeHouseStyle('round seventeen NAV practical entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round seventeen NAV practical entries say what their sources say',
  [
    // Compendia (Fritak … ved økt risiko): a chronic illness is not enough in itself; nav.no: particularly large or frequent absence
    ['sick-pay-exemption-how-much-absence', /At sykdommen er kronisk eller langvarig, er ikke nok i seg selv/],
    ['sick-pay-exemption-how-much-absence', /\*\*hyppige fravær i en begrenset periode\*\*/],
    // jusinfo (Arbeidsgiverperioden): Trygderetten 05/00922 — refused because the absence before the application was too low
    ['sick-pay-exemption-how-much-absence', /Trygderetten \(sak 05\/00922\)/],
    // helsenett (Hyppig sykefravær): an absence overview and/or a statement from a doctor is usually enough
    ['sick-pay-exemption-how-much-absence', /En \*\*fraværsoversikt\*\* og\/eller en \*\*uttalelse fra lege\*\* er vanligvis nok/],
    // Compendia: people with disabilities entering work may get a limited exemption without closer assessment
    ['sick-pay-exemption-how-much-absence', /\*\*uten nærmere vurdering\*\*/],
    // nav.no (Funksjonsassistanse i arbeidslivet): who qualifies; Kunnskapsbanken (Vilkår 1): not the diagnosis, lasting need
    ['nav-function-assistance-who-qualifies', /\*\*omfattende fysisk funksjonsnedsettelse\*\*/],
    ['nav-function-assistance-who-qualifies', /\*\*blind eller sterkt svaksynt\*\*/],
    ['nav-function-assistance-who-qualifies', /Det er ikke et krav å sitte i rullestol eller være helt blind/],
    ['nav-function-assistance-who-qualifies', /Et kortvarig behov, for eksempel etter en operasjon eller skade/],
    ['nav-function-assistance-who-qualifies', /tilrettelegging og aktuelle hjelpemidler må være klarlagt/],
    // arbeidsgiver.nav.no (Dekke sykepenger i arbeidsgiverperioden): absence beyond 16 days needs an income report
    ['sick-pay-exemption-refund', /lenger enn arbeidsgiverperioden \(16 dager\), må NAV få \*\*inntektsmelding\*\*/],
    // Virke (Arbeidsgiverperioden): several employer periods a year for the same employee
    ['sick-pay-employer-period-basics', /flere arbeidsgiverperioder for samme ansatte i løpet av et år/],
    // nav.no (Arbeidsgivers plikter): the self-certified days are part of the employer period
    ['sick-pay-employer-period-basics', /Dager med egenmelding inngår i arbeidsgiverperioden/],
  ],
  DAY,
);

// This round's probe questions, written from the public pages before the entries were changed and in other words
// than their phrasings; the first block went wrong or unanswered before this round.
describeRoutedQuestions(
  'round seventeen manager questions reach the entry that holds the fact',
  [
    ['ansatt i barnehagen har mye korte fravær pga en sykdom, kan nav ta de første 16 dagene?', 'municipal', 'sick-pay-employer-period-exemption'],
    ['Gjelder refusjonen bare fravær for den kroniske sykdommen eller også vanlig influensa?', 'municipal', 'sick-pay-exemption-refund'],
    ['Fra hvilken dato får vi refusjon når NAV innvilger unntak fra arbeidsgiverperioden?', 'state', 'sick-pay-exemption-duration'],
    ['Må vi betale flere arbeidsgiverperioder i løpet av et år for samme person?', 'state', 'sick-pay-employer-period-basics'],
    ['Må vi sende inntektsmelding når den ansatte har fritak og er borte mer enn 16 dager?', 'state', 'sick-pay-exemption-refund'],
    ['Hvor mye fravær må til for at NAV innvilger fritak for arbeidsgiverperioden?', 'municipal', 'sick-pay-exemption-how-much-absence'],
    ['Teller egenmeldingsdagene med i arbeidsgiverperioden?', 'state', 'sick-pay-employer-period-basics'],
    ['Må vi betale sykepenger til en vikar som blir syk etter en uke?', 'municipal', 'sick-pay-new-hire'],
    ['Hvem kan få funksjonsassistent på jobb?', 'state', 'nav-function-assistance-who-qualifies'],
    ['Må en søker sitte i rullestol for å få funksjonsassistent?', 'municipal', 'nav-function-assistance-who-qualifies'],
    ['Må vi ansette funksjonsassistenten selv, eller kan vi leie inn fra et BPA-firma?', 'state', 'nav-function-assistance-employer'],
    ['Hva kan en funksjonsassistent hjelpe med i arbeidshverdagen?', 'state', 'nav-function-assistance'],
    ['Kan en blind ansatt få ledsager på jobb gjennom NAV?', 'state', 'nav-function-assistance'],
    ['Kan en ansatt få funksjonsassistent i noen måneder etter en ulykke?', 'municipal', 'nav-function-assistance-lasting-need'],
    ['Hvordan får vi tak i en markedskontakt i NAV?', 'state', 'nav-contact-employer-line'],
    ['Kan vi ringe NAV for å få hjelp til å rekruttere?', 'state', 'nav-contact-employer-line'],
    ['Vi trenger fem assistenter til hjemmetjenesten, kan NAV skaffe kandidater?', 'municipal', 'nav-order-candidates'],
    ['Hvor fort kan NAV finne noen til en ledig stilling hos oss?', 'state', 'nav-how-fast'],
    ['Hvordan tilbyr vi en arbeidstreningsplass til NAV?', 'state', 'nav-work-trial-how-to-offer'],
    ['Får vi tilskudd hvis arbeidstreningen gir oss ekstra utgifter til tilrettelegging?', 'state', 'nav-inclusion-grant-work-trial-aft'],
    ['Vi leide inn en vikar for en sykmeldt saksbehandler – dekker sykepengerefusjonen vikarlønna?', 'state', 'nav-substitute-own-wage'],
    ['Hvor lang saksbehandlingstid har NAV på søknad om fritak for arbeidsgiverperioden?', 'state', 'sick-pay-exemption-not-automatic'],
    ['Kan en kollega bruke deler av arbeidstida si som funksjonsassistent?', 'state', 'nav-function-assistance-employer'],
    ['Kan vi få NAV til å forhåndssile søkere til en stilling i barnehagen?', 'municipal', 'nav-what-nav-helps'],
    ['Hvem har arbeidsgiveransvaret for en som er på arbeidstrening hos oss?', 'state', 'nav-work-trial-not-employee'],
    // Right before this round, kept right.
    ['Hvem kan søke om fritak fra arbeidsgiverperioden – arbeidstakeren eller vi?', 'state', 'sick-pay-employer-period-exemption'],
    ['Får vi feriepenger refundert for sykepengene i arbeidsgiverperioden ved fritak?', 'state', 'sick-pay-exemption-refund'],
    ['Hvor ofte sender vi refusjonskrav for funksjonsassistent?', 'municipal', 'nav-function-assistance-employer'],
    ['Kan vi forlenge arbeidstreningen utover ett år?', 'municipal', 'nav-work-trial'],
    ['Kor lenge kan arbeidstreninga vare hjå oss?', 'municipal', 'nav-work-trial'],
    ['Kan personen på arbeidstrening jobbe alene på avdelingen?', 'municipal', 'nav-work-trial-daily'],
    ['Kan vi bruke arbeidstrening til å dekke opp ferieavviklingen?', 'state', 'nav-work-trial-limits'],
    ['Kan deltakeren begynne på arbeidstrening før avtalen er godkjent?', 'municipal', 'nav-work-trial-start-approval'],

    // Known misses of the round (it.todo notes), now answered.
    ['Kan vi ansette en egen person som funksjonsassistent for en rullestolbruker i kommunen?', undefined, 'nav-function-assistance-employer'],
    ['Har den som er på arbeidstrening krav på ferie?', undefined, 'nav-work-trial-holiday'],
    ['vikaren på sfo ble sjuk første uka, hvem betaler?', undefined, 'sick-pay-new-hire'],
    ['Må vi lyse ut stillingen selv om NAV har funnet en kandidat?', 'state', 'state-nav-candidate-before-subsidy'],
  ],
  DAY,
);

describe('round seventeen NAV practical known misses', () => {
  it.todo('«Koster det noe å bruke NAV til rekruttering?» → nav-arbeidsplassen-post-vacancy (free to post); no source read that says the recruitment help itself is free');
  it.todo('how much absence NAV wants in practice (helsenett says «omkring 35 dager i året») — one unofficial source only; not written, the entry says to ask NAV');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round seventeen nav-practical known misses are still missed',
  [
    [
      'Kan vi søkje om at NAV dekkjer sjukepengar i arbeidsgivarperioden?',
      undefined,
      'sick-pay-employer-period-exemption',
      'since nynorsk forms are read as bokmål (2026-12-03), the nynorsk phrasing of sick-pay-exemption-disability-new-hire («Kan NAV dekkje arbeidsgivarperioden for ein nytilsett …») comes 0.016 ahead; that entry also gives the § 8-20 exemption',
    ],
    [
      'Får vi noe igjen fra NAV når en ansatt er sykmeldt over 16 dager?',
      undefined,
      'sick-pay-refund-after-employer-period',
      'is refused as sick leave of current staff by scope.ts (no hiring or exemption word) — by design; sick-pay-refund-after-employer-period holds the answer',
    ],
    ['Hvor lenge betaler vi sykepenger før NAV overtar?', undefined, 'sick-pay-employer-period-basics', 'refused by scope.ts as a sick-leave question (score 0)'],
    [
      'Hva må vi som arbeidsgiver gjøre når vi har noen på arbeidstrening?',
      'municipal',
      'nav-work-trial-goals-roles',
      'since round 24 goes to nav-work-trial-no-duty-to-hire: a near tie (0.740 / 0.724 before) that new entries flipped; phrasings added to goals-roles stole «Hvem er arbeidstrening for – må personen ha vært syk?»',
    ],
  ],
  DAY,
);
