/**
 * Round fourteen (r14-nav-money): NAV's money for employers — temporary and lasting wage subsidy, the inclusion
 * grant, the mentor grant — and refunds of sick pay with the employer-period exemption (folketrygdloven § 8-20),
 * covered fact by fact from the public pages (nav.no's employer and private pages on each measure, nav.no «Kronisk
 * syk arbeidstaker», Compendia on § 8-20). New entries: the inclusion grant's period, what the wage subsidy
 * compensates for, how the mentor grant is paid, who does what under the exemption, and the exemption for a new
 * hire with a disability. Existing entries got the phrasings and the few facts (who may get the inclusion grant,
 * NAV's follow-up under the lasting subsidy) the probes missed; one wrong claim (AFT missing from NAV's list) was
 * corrected. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'nav-inclusion-grant-period',
  'nav-wage-subsidy-lower-productivity',
  'nav-mentor-refund',
  'sick-pay-exemption-employee-role',
  'sick-pay-exemption-disability-new-hire',
] as const;

describeHouseStyle('round fourteen NAV money entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fourteen NAV money entries say what their sources say',
  [
    // nav.no «Inkluderingstilskot» (nynorsk): "over ein periode på 12 månadar rekna frå dagen den første utgifta blir betalt";
    // "opp til ein makssats fastsett av departementet"; "Arbeidsgivar må sende søknad til NAV før det planlagde innkjøpet".
    ['nav-inclusion-grant-period', /over en periode på \*\*12 måneder \(ett år\), regnet fra dagen den første utgiften blir betalt\*\*/],
    ['nav-inclusion-grant-period', /fastsatt av departementet/],
    ['nav-inclusion-grant-period', /søknaden må være sendt NAV før det planlagte innkjøpet/],
    // nav.no «Inkluderingstilskudd» (for arbeidsgivere): the measures it may be given for.
    ['nav-inclusion-grant', /avklaring, oppfølging, arbeidsmarkedskurs, arbeidsrettet rehabilitering, arbeidsforberedende trening/],
    // nav.no «Midlertidig lønnstilskudd» (for privatpersoner): "Lønnstilskuddet skal kompensere for lavere produktivitet";
    // «Varig lønnstilskudd»: "som kompensasjon for lavere produktivitet"; "vanlige oppgaver i virksomheten".
    ['nav-wage-subsidy-lower-productivity', /^Ja – lønnstilskuddet skal \*\*kompensere for lavere produktivitet\*\*/],
    ['nav-wage-subsidy-lower-productivity', /skal utføre vanlige oppgaver i virksomheten/],
    // nav.no «Inkluderingstilskudd» (for arbeidsgivere) lists arbeidsforberedende trening among the measures (corrected).
    ['nav-inclusion-grant-work-trial-aft', /står også på NAVs liste over tiltak tilskuddet kan gis for/],
    // nav.no «Varig lønnstilskudd» (for privatpersoner): "NAV skal gi nødvendig oppfølging av deg og arbeidsgiveren din".
    ['nav-lasting-wage-subsidy', /NAV skal gi den ansatte og dere nødvendig oppfølging/],
    // nav.no «Mentortilskudd» (for arbeidsgivere): three steps — agreement, tilskuddsbrev, refund; hourly wage and
    // employer's contribution covered (nav-mentor-hours-pay). nav.no «Mentor» (for privatpersoner): paid afterwards on the employer's refund claim.
    ['nav-mentor-refund', /\*\*avtale\*\*, \*\*tilskuddsbrev\*\* og \*\*refusjon\*\*/],
    ['nav-mentor-refund', /NAV betaler etterskuddsvis, på grunnlag av refusjonskravet fra arbeidsgiveren/],
    // nav.no «Kronisk syk arbeidstaker»: the employee "bekrefter opplysninger når arbeidsgiveren krever refusjon" and
    // "melder fra til NAV om eventuelle bedringer i helsetilstanden"; NAV sends the decision to both and pays holiday pay
    // "innen utgangen av mai året etter".
    ['sick-pay-exemption-employee-role', /\*\*bekrefter opplysningene\*\* når dere krever refusjon/],
    ['sick-pay-exemption-employee-role', /\*\*melder fra til NAV\*\* om bedringer i helsen/],
    ['sick-pay-exemption-employee-role', /feriepengene innen utgangen av mai året etter/],
    // Compendia on § 8-20: "For å gjøre det enklere for funksjonshemmede å komme i arbeid, kan det gis fritak for
    // arbeidsgiverperioden i et begrenset tidsrom uten nærmere vurdering".
    ['sick-pay-exemption-disability-new-hire', /\*\*fritak for arbeidsgiverperioden i et begrenset tidsrom uten nærmere vurdering\*\*/],
    ['sick-pay-exemption-disability-new-hire', /fra den dagen NAV mottok søknaden/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings.
describeRoutedQuestions(
  'round fourteen manager questions reach the entry that holds the fact',
  [
    ['Vi kjøpte første utstyr i mars – til når kan vi få dekket flere utgifter gjennom inkluderingstilskuddet?', undefined, 'nav-inclusion-grant-apply'],
    ['Hvor lang tid har vi på å bruke opp inkluderingstilskuddet i kommunen?', 'municipal', 'nav-inclusion-grant-period'],
    ['Er lønnstilskudd en kompensasjon for at den ansatte er mindre produktiv?', 'municipal', 'nav-wage-subsidy-lower-productivity'],
    ['Pengene kommer vel automatisk når mentoravtalen er godkjent?', undefined, 'nav-mentor-refund'],
    ['Hva må arbeidstakeren selv gjøre når NAV har innvilget unntak fra arbeidsgiverperioden?', undefined, 'sick-pay-exemption-employee-role'],
    ['Hvor lenge varer inkluderingstilskuddet fra første faktura er betalt?', undefined, 'nav-inclusion-grant-period'],
    ['Blir mentortilskuddet betalt ut av seg selv, eller må vi sende krav til NAV?', undefined, 'nav-mentor-refund'],
    ['Hva er den ansattes plikter overfor NAV når arbeidsgiverperioden dekkes etter 8-20?', 'state', 'sick-pay-exemption-employee-role'],
    ['Kan vi få inkluderingstilskudd for en deltaker på arbeidsmarkedskurs i etaten?', 'state', 'nav-inclusion-grant'],
    ['Kan en erfaren kollega få betalt for å veilede en ny på lønnstilskudd?', undefined, 'nav-mentor-grant'],
    ['Får vi dekket sosiale kostnader for mentoren?', undefined, 'nav-mentor-hours-pay'],
    ['Er det et maksbeløp i G for varig lønnstilskudd?', 'municipal', 'nav-lasting-wage-subsidy'],
    ['Hva om vi vil ansette en som har vært borte fra jobben i et år på sykmelding – kan lønnstilskudd hjelpe?', undefined, 'nav-wage-subsidy-who'],
    ['Vi skal ansette en rullestolbruker – kan NAV ta sykepengene i arbeidsgiverperioden?', 'municipal', 'sick-pay-exemption-disability-new-hire'],
    ['Regnes tilskuddet ut fra hvor stor stilling personen har?', undefined, 'nav-wage-subsidy-basis'],
    ['Må avtalen med NAV om lønnstilskudd være godkjent før første arbeidsdag?', undefined, 'nav-wage-subsidy-apply'],
    ['Kan vi sende refusjonskrav for mentor når perioden er ferdig?', 'state', 'nav-mentor-refund'],
    ['Hvor mye dekker varig lønnstilskudd det andre året?', undefined, 'nav-lasting-wage-subsidy-duration'],
    ['Dekker inkluderingstilskuddet vernesko og arbeidsklær til en på tiltak?', undefined, 'nav-inclusion-grant-work-trial-aft'],
  ],
  DAY,
);

describe('round fourteen NAV money known misses', () => {
  it.todo(
    'a refund question with «mentortimer/mentortimene» splits into mentor + timer and reaches nav-mentor-hours-pay or nothing (0.38–0.41); a two-part question is answered from its first part even when the whole question scores higher for another entry',
  );
  it.todo('«Hvordan får vi mentortilskudd utbetalt?» is refused as a pay question («utbetal…» in scope.ts) before any entry is scored');
  it.todo(
    'sick-pay refunds asked without a hiring word («Hvordan søker vi om refusjon av sykepenger?», «Hva er 6G-taket for sykepenger?») are refused as sick-leave questions by design',
  );
  it.todo('whether a public employer (a state agency) may get a wage subsidy: no public source read this round states it');
  it.todo('wage subsidy for someone employed through a staffing agency: no public source read this round');
  it.todo('how long NAV takes to decide an application for the § 8-20 exemption: nav.no links to processing times, no figure read');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fourteen nav-money known misses are still missed',
  [
    ['Gir NAV lønnstilskudd fordi den nye medarbeideren ikke yter fullt ennå?', undefined, 'nav-wage-subsidy-lower-productivity', '0.42: «yter» is not read as productivity'],
    [
      'Hvor mange dager betaler kommunen sykepenger før NAV overtar?',
      undefined,
      'sick-pay-employer-period-basics',
      'is refused as a sick-leave question (no hiring word) although sick-pay-employer-period-basics holds it',
    ],
    ['How long can a mentor be funded by NAV?', undefined, 'nav-mentor-duration', '0.33: English mentor questions score low'],
  ],
  DAY,
);
