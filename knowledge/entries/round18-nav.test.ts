/**
 * Round eighteen (r18-nav): NAV's measures as an employer meets them in practice — funksjonsassistanse (travel, the
 * employee's absence, employing the assistant oneself), arbeidstrening (papers before the start), mentor (hours, what is
 * covered, after a wage subsidy ends), midlertidig and varig lønnstilskudd (refund claims, the aim of varig, pay),
 * inkluderingstilskudd after a purchase, summer jobs for youth, VTA and VTA-O (AAP, queues), ordering candidates, work
 * aids, and sick pay where it meets hiring (fritak for arbeidsgiverperioden, refunds, a new hire). 82 probe questions
 * were written from public pages on nav.no (arbeidsgiver pages for mentor, varig lønnstilskudd, sommerjobb, the person
 * pages for mentor and mellombels lønstilskott), Kunnskapsbanken (refusjon av utgifter til funksjonsassistent), NHO and
 * Lovdata (folketrygdloven kap. 8, tiltaksforskriften), read 2026-12-02. The knowledge base already held nearly every
 * fact asked: the round is mostly phrasings in other words on existing entries, one fact added to
 * nav-lasting-wage-subsidy (the aim), and one new entry on a mentor after the wage subsidy has ended.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['nav-mentor-after-wage-subsidy'] as const;

describeHouseStyle('round eighteen NAV entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eighteen NAV entries say what their sources say',
  [
    // nav.no «Mentortilskudd» (arbeidsgiver) and «Mentor» (person): also when needed to get or keep ordinary work
    ['nav-mentor-after-wage-subsidy', /nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde ordinært arbeid/],
    // nav.no «Mentortilskudd»: usually combined with other measures such as wage subsidy or work trial
    ['nav-mentor-after-wage-subsidy', /som regel i kombinasjon med lønnstilskudd, arbeidstrening/],
    // nav.no «Mentortilskudd»: normally up to six months, up to three years with reduced work capacity and special needs
    ['nav-mentor-after-wage-subsidy', /normalt inntil 6 måneder/],
    ['nav-mentor-after-wage-subsidy', /særlige behov kan få mentor i inntil 3 år/],
    // nav.no «Mentortilskudd»: the mentor's ordinary hourly pay and employer's contribution for the agreed hours
    ['nav-mentor-after-wage-subsidy', /ordinære timelønn med arbeidsgiveravgift/],
    // nav.no «Mentortilskudd»: the candidate must be tied to a NAV office; the mentor named; all approve before the start
    ['nav-mentor-after-wage-subsidy', /tilknyttet et NAV-kontor/],
    ['nav-mentor-after-wage-subsidy', /godkjenne avtalen før perioden starter/],
    // nav.no «Varig lønnstilskudd» (arbeidsgiver): the aim is to help more people get or keep a permanent job
    ['nav-lasting-wage-subsidy', /\*\*Formålet:\*\* å hjelpe flere med å få eller beholde en \*\*fast jobb\*\*/],
  ],
  DAY,
);

// This round's probe questions (written from the public pages before the entries were changed), with the asker's sector.
describeRoutedQuestions(
  'round eighteen manager questions reach the entry that holds the fact',
  [
    // r28-nav-wage-subsidy: reaches the entry since a phrasing on the idea behind the subsidy was added (was a known miss)
    ['Hva er tanken bak varig lønnstilskudd?', undefined, 'nav-lasting-wage-subsidy'],
    ['Dekker funksjonsassistansen reiser på jobb, f.eks. kurs og møter i en annen by?', 'municipal', 'nav-function-assistance-hours'],
    ['Hva skjer med funksjonsassistenten når han er syk eller har ferie?', undefined, 'nav-function-assistance-changes'],
    ['Kan vi ansette assistenten selv og få pengene tilbake fra NAV?', 'state', 'nav-function-assistance-employer'],
    ['Kan ein tilsett som er blind få funksjonsassistent i kommunen?', 'municipal', 'nav-function-assistance-who-qualifies'],
    ['Kan arbeidstreningen starte før alle papirene er i orden?', undefined, 'nav-work-trial-start-approval'],
    ['Hvem har ansvaret hvis en på arbeidstrening skader seg på jobb i kommunen?', 'municipal', 'nav-work-trial-insurance'],
    ['Hva dekker mentortilskuddet egentlig – lønna til kollegaen som er mentor?', 'municipal', 'nav-mentor-hours-pay'],
    ['Kan vi få mentor etter at lønnstilskuddet er slutt?', undefined, 'nav-mentor-after-wage-subsidy'],
    ['Hvor lenge kan vi ha mentor for en med lønnstilskudd i kommunen?', 'municipal', 'nav-mentor-duration'],
    ['Vi vil øke stillingen hennes fra 50 til 80 prosent, hva skjer med lønnstilskuddet?', 'municipal', 'nav-wage-subsidy-agreement-change'],
    ['Må vi søke om refusjon for lønnstilskudd hver måned?', undefined, 'nav-wage-subsidy-refund-claim'],
    ['Kan vi betale lavere lønn enn tariff når NAV gir lønnstilskudd?', 'municipal', 'mun-pay-target-group-hire'],
    ['Kan vi få inkluderingstilskudd for noe vi allerede har kjøpt?', 'state', 'nav-inclusion-grant-apply'],
    ['Kan vi få tilskudd til å tilpasse en arbeidsplass før den nye begynner?', 'state', 'nav-inclusion-grant'],
    ['Hvor gammel må man være for tilskudd til sommerjobb?', undefined, 'nav-summer-job-grant'],
    ['Når må sommerjobben med tilskudd fra NAV starte?', 'municipal', 'nav-summer-job-grant'],
    ['Kan en som går på AAP få VTA-O hos oss?', 'state', 'nav-vta-o-aap-pending'],
    ['Hva er en markedskontakt i NAV?', 'municipal', 'nav-contact-employer-line'],
    ['Hvem søker om hjelpemidler til jobben – vi eller den ansatte?', 'municipal', 'nav-work-aids-apply'],
    ['Kan vi søke om at NAV dekker sykepengene fra dag én for en ansatt med kronisk sykdom?', 'municipal', 'sick-pay-employer-period-exemption'],
    ['Hvordan krever vi refusjon når vi har fritak fra arbeidsgiverperioden?', 'state', 'sick-pay-exemption-refund'],
    ['Vi har en på lønnstilskudd som blir sykmeldt – stopper tilskuddet?', 'state', 'nav-wage-subsidy-employee-sick'],
    ['Hvilke tiltak har NAV for arbeidsgivere som vil ansette?', 'municipal', 'nav-what-nav-helps'],
    ['Do we have to hire the person after the work trial?', undefined, 'nav-work-trial-no-duty-to-hire'],
    // routed since «bak» is read as a word of telling (2026-12-03)
    ['Hva er tanken bak varig lønnstilskudd?', undefined, 'nav-lasting-wage-subsidy'],
  ],
  DAY,
);

describe('round eighteen NAV: what is left', () => {
  it.todo('the functional assistant’s own sick leave and holiday pay: no public source found on whether NAV refunds them – not added');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round eighteen known misses are still missed',
  [
    ['Må vi ansette han etter arbeidstreninga?', 'municipal', 'nav-work-trial-no-duty-to-hire', 'mun-work-trial-to-hire is preferred as the municipal entry'],
    ['Hva betyr fritak for arbeidsgiverperioden?', undefined, 'sick-pay-employer-period-exemption', 'goes to sick-pay-exemption-duration'],
    ['Hvordan får vi igjen sykepengene etter arbeidsgiverperioden?', undefined, 'sick-pay-refund-after-employer-period', 'goes to sick-pay-employer-period-basics'],
    ['Den nyansatte ble syk etter en uke, hvem betaler?', undefined, 'sick-pay-new-hire', 'goes to sick-pay-employer-period-basics'],
    ['Hvem i NAV skal vi snakke med når vi trenger folk?', 'state', 'nav-contact-employer-line', 'goes to nav-expectations'],
    ['Er det kø for å få VTA-plass?', 'state', 'nav-vta-places-limited', 'a «kø» phrasing cost one dev answer, so it was left out'],
    [
      'Deltidsansatt med lav lønn blir syk, får hun sykepenger?',
      'state',
      'sick-pay-low-income-part-time',
      "refused as sick leave of current staff (scope.ts): a part-timer's own sick pay is not a hiring question",
    ],
  ],
  DAY,
);
