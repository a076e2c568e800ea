/**
 * Round twenty-nine (r29-nav-measures): NAV measures as managers in the state and municipalities ask about them –
 * arbeidstrening, VTA-O, inkluderingstilskudd, funksjonsassistanse, hjelpemidler at work (hjelpemiddelsentral, bil,
 * arbeidsreiser), how an employer gets in touch with NAV (markedskontakt, arbeidsgivertelefonen, arbeidsplassen.no) and
 * NAV's follow-up (tilretteleggings- og oppfølgingsavtale). Driven by public pages, read 2026-12-03 (stored copies):
 * NAV Arbeidsgiver «Arbeidstrening» (veiviser: grunnbemanning, no money to the employer, inkluderings- and mentortilskudd
 * for extra costs), nav.no «Varig tilrettelagt arbeid i ordinær virksomhet» (uføretrygd, gradert uføretrygd, digital
 * avtale from 13 May 2025, refusjon), nav.no «Hjelpemidler og tilrettelegging – Arbeid» (varig og vesentlig nedsatt
 * funksjonsevne, aids follow the person to a new employer, ordinary equipment not covered), Kunnskapsbanken
 * «Tilrettelegging i arbeid», Nasjonalt kompetansesenter for døvblinde «Bedre kunnskapsdeling» (the launch of
 * Kunnskapsbanken.net by NAV Hjelpemidler og tilrettelegging), NAKU «Om NAKU» / «About NAKU» and its kunnskapsbank pages on
 * arbeid, and SINTEF 2019 «Arbeidsinkludering – med arbeidsgiverne på laget» (markedskontakter; not used as a source).
 *
 * Most questions already reached a good entry. This round added two entries (Kunnskapsbanken; NAKU) and phrasings to ten.
 * The two new entries shifted the index's word statistics enough to tip two other rounds' routed rows («hva gjør vi når en
 * ansatt med funksjonsnedsettelse ikke vil ha hjelp» tied with nav-work-travel; «Blir teksten i utlysningen en del av
 * arbeidsavtalen?» fell under the threshold), so acc-employee-declines and state-ad-content got one phrasing each in
 * other words; the NAKU entry's phrasings avoid «VTA-O» so round fourteen's VTA-O row still reaches its entry.
 *
 * Manager questions drawn from those pages (the page each comes from):
 *  - NAV Arbeidsgiver, Arbeidstrening: may the participant replace a sick colleague; do we get money; how long; who follows
 *    up; insurance; wages; what it demands of us (nynorsk); unpaid work trial (English); advertising first (state);
 *    problems with the participant; ending early; holiday; evenings and weekends; mentor at the same time.
 *  - nav.no VTA-O: uføretrygd at the nursing home; monthly grant; paper or digital agreement; gradert uføretrygd;
 *    sheltered VTA vs VTA-O; duration; when it does not work; kindergarten; state employer.
 *  - nav.no Inkluderingstilskudd: software for dyslexia; courses for colleagues of a deaf hire; bought already; period;
 *    apprentice.
 *  - nav.no Hjelpemidler i arbeid / Kunnskapsbanken: office chair; take aids to a new job; contact the centre; machine
 *    rebuild; who owns the aids (nynorsk); assistive technology (English); screen reader; wheelchair user's travel;
 *    taxi to work; car grant; what is Kunnskapsbanken; where are NAV's examples.
 *  - nav.no Funksjonsassistanse: apply before start; hours a week; a colleague as assistant; who pays.
 *  - NAV Arbeidsgiver, kontakt / arbeidsplassen.no: arbeidsgivertelefonen; markedskontakt; register a vacancy; candidates
 *    for home care; contact NAV to recruit (English); summer job candidate; does NAV cost anything; fixed contact;
 *    can NAV visit us.
 *  - nav.no tilretteleggings- og oppfølgingsavtale: what it gives us; follow-up of a new hire (nynorsk).
 *  - NAKU: what NAKU is; hiring someone with an intellectual disability.
 *
 * Tentative (score under 0.55 but shown as the answer, so neither routed nor a known miss here): «Kan
 * kompetansemiljøet om utviklingshemming gi oss penger til tilrettelegging?» (naku-intellectual-disability-work) and «Hvor
 * finner vi eksempler på tilrettelegging for en ansatt med dårlig syn på nettsidene til NAV?» (nav-kunnskapsbanken).
 */
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-nine NAV measure entries keep the house style', ['nav-kunnskapsbanken', 'naku-intellectual-disability-work'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-nine NAV measure entries say what their sources say',
  [
    // Nasjonalt kompetansesenter for døvblinde «Bedre kunnskapsdeling»: NAV Hjelpemidler og tilrettelegging launched
    // Kunnskapsbanken.net for fagstoff and opplæringsmateriell in tolking, tilrettelegging and hjelpemiddelformidling
    ['nav-kunnskapsbanken', /NAV Hjelpemidler og tilrettelegging legger ut fagstoff og opplæringsmateriell om tilrettelegging, hjelpemidler og tolking/],
    // Kunnskapsbanken «Tilrettelegging i arbeid»: examples by need, fictive but based on typical cases
    ['nav-kunnskapsbanken', /bevegelse, kognisjon, syn, hørsel og kommunikasjon/],
    ['nav-kunnskapsbanken', /Eksemplene er fiktive, men bygger på typiske saker/],
    // Kunnskapsbanken «Tilrettelegging i arbeid»: the centre advises regardless of who finances
    ['nav-kunnskapsbanken', /uavhengig av hvem som skal finansiere den/],
    // NAKU «Om NAKU»: established 2006 by Sosial- og helsedirektoratet, funded by Helsedirektoratet, under NTNU
    ['naku-intellectual-disability-work', /opprettet av Sosial- og helsedirektoratet i 2006, finansiert av Helsedirektoratet og administrativt plassert under NTNU/],
    // NAKU «Kunnskapsbanken»: primary target group municipal employees, also other professionals, public bodies, relatives
    ['naku-intellectual-disability-work', /den viktigste målgruppen er ansatte i kommunene/],
    // NAKU kunnskapsbank pages: ordinært arbeid, arbeid og aktivitet, selvbestemmelse om deltakelse i arbeidslivet
    ['naku-intellectual-disability-work', /ordinært arbeid, arbeid og aktivitet og om selvbestemmelse/],
    // nav.no VTA-O: the measure is agreed with NAV (NAKU grants nothing)
    ['naku-intellectual-disability-work', /NAKU fatter ingen vedtak og tildeler ingen tiltaksplasser/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the NAV measure answers in their own words (round twenty-nine)',
  [
    // new entries
    ['Hva er Kunnskapsbanken hos NAV?', 'state', 'nav-kunnskapsbanken'],
    ['Kva er kunnskapsbanken.net?', 'municipal', 'nav-kunnskapsbanken'],
    ['Har NAV en nettside med fagstoff om hjelpemidler og tolking vi kan lese før vi søker?', 'state', 'nav-kunnskapsbanken'],
    ["Where can we read NAV's examples of workplace accommodation?", 'state', 'nav-kunnskapsbanken'],
    ['Hva er NAKU og kan de hjelpe oss med en ansatt med utviklingshemming?', 'municipal', 'naku-intellectual-disability-work'],
    ['Vi skal ansette en med Downs syndrom i kantina – finnes det et fagmiljø som kan gi oss kunnskap?', 'municipal', 'naku-intellectual-disability-work'],
    // extended entries (phrasings added this round)
    ['Får vi betalt noe fra NAV for å ha en person på arbeidstrening i direktoratet?', 'state', 'nav-work-trial'],
    ['Can we take someone on work training from NAV without paying wages?', 'state', 'nav-work-trial-not-employee'],
    ['How do we contact NAV to recruit a candidate with a disability?', 'state', 'nav-contact-employer-line'],
    ['Hva er en tilretteleggingsavtale fra NAV, og hva får vi?', 'municipal', 'nav-follow-up-agreement'],
    ['Korleis kan NAV følgje opp ein nytilsett som treng ekstra støtte?', 'municipal', 'nav-follow-up-agreement'],
    ['Hvordan registrerer vi en stilling på arbeidsplassen.no?', 'state', 'nav-arbeidsplassen-post-vacancy'],
    ['Who pays for assistive technology for an employee with a disability?', 'state', 'nav-work-aids'],
    ['Kven eig hjelpemidla frå NAV, og kva skjer når den tilsette sluttar?', 'municipal', 'nav-work-aids-apply'],
    ['Hvordan bestiller vi en kandidat fra NAV til en sommerjobb i parkavdelingen?', 'municipal', 'nav-order-candidates'],
    ['Hvordan melder vi avvik eller problemer med deltakeren på arbeidstrening til NAV?', 'municipal', 'nav-work-trial-goals-roles'],
    // already answered well before this round (kept so they stay answered)
    ['Hvem følger opp deltakeren på arbeidstrening – vi eller NAV?', 'state', 'nav-work-trial-goals-roles'],
    ['Skal deltakeren på arbeidstrening ha lønn fra oss?', 'state', 'nav-work-trial-not-employee'],
    ['Kan deltakeren på arbeidstrening erstatte en som er sykmeldt i barnehagen?', 'municipal', 'nav-work-trial-limits'],
    ['Er en på arbeidstrening forsikret hvis hen skader seg på jobb hos oss?', 'municipal', 'nav-work-trial-insurance'],
    ['Kva er arbeidstrening, og kva krev det av oss som arbeidsgjevar?', 'municipal', 'nav-work-trial'],
    ['Må vi lyse ut stillingen før vi tar inn en på arbeidstrening?', 'state', 'state-work-trial-no-advertisement'],
    ['Kan arbeidstreningen avbrytes før tiden?', 'state', 'nav-work-trial-end-early'],
    ['Hvor mye får arbeidsgiver i tilskudd per måned for VTA i ordinær virksomhet?', 'state', 'nav-vta-o-employer-money'],
    ['Kan en med gradert uføretrygd få VTA-O hos oss?', 'state', 'nav-vta-o-graded-disability'],
    ['Hvordan inngår vi avtale om VTA-O – er det papirskjema eller digitalt?', 'municipal', 'nav-vta-o-apply'],
    ['Hva skjer hvis VTA-O-deltakeren ikke fungerer hos oss?', 'municipal', 'nav-vta-o-ending'],
    ['Kan vi som statlig virksomhet ta inn en i varig tilrettelagt arbeid?', 'state', 'state-vta-o'],
    ['Kan vi søke inkluderingstilskudd etter at utstyret er kjøpt?', 'municipal', 'nav-inclusion-grant-apply'],
    ['Hvem har ansvar for å betale en vanlig kontorstol – NAV eller vi?', 'state', 'acc-desk-chair-who-pays'],
    ['Får den ansatte ta med seg hjelpemidlene fra NAV når hen begynner i en ny jobb?', 'municipal', 'nav-work-aids-apply'],
    ['Kan NAV dekke en leselist eller skjermleser til en blind ansatt hos oss?', 'state', 'nav-computer-aids'],
    ['Kan NAV gi tilskudd til bil til en ansatt med funksjonsnedsettelse?', 'state', 'nav-car-grant-work'],
    ['Hva dekker arbeids- og utdanningsreiser?', 'municipal', 'nav-work-travel'],
    ['Hvor mange timer funksjonsassistanse kan en ansatt få i uka?', 'state', 'nav-function-assistance-hours'],
    ['Kan en kollega være funksjonsassistent for den ansatte?', 'municipal', 'nav-function-assistance-employer'],
    ['Hva er NAV Arbeidsgivertelefonen, og hva kan de hjelpe med?', 'state', 'nav-contact-employer-line'],
    ['Hvem er markedskontakten i NAV, og hvordan får vi tak i vedkommende?', 'municipal', 'nav-contact-employer-line'],
    ['Vi trenger folk til hjemmetjenesten – kan NAV finne kandidater for oss?', 'municipal', 'nav-order-candidates'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-nine NAV measure questions the index does not yet route',
  [
    [
      'Kan NAV komme på besøk og fortelle om tiltakene sine?',
      'state',
      'nav-contact-employer-line',
      'no entry says that markedskontakter visit employers; only a 2019 SINTEF report (read on a mirror) says so, so no fact or phrasing was added',
    ],
    [
      'Kva tilskot kan vi få frå NAV når vi tilset ein med nedsett arbeidsevne?',
      'municipal',
      'nav-measures-employment-overview',
      '«nedsett arbeidsevne» pulls it to the lasting wage subsidy for a current employee; the nynorsk phrasing added to the overview is not enough',
    ],
  ],
  DAY,
);
