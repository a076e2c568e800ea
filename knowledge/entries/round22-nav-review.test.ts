/**
 * Round twenty-two (r22-rev-nav): a legal review of the NAV entries, oldest `lastReviewed` first, on 2026-12-03. Each row
 * is a correction and names the source read this session. Sources: nav.no «Midlertidig lønnstilskudd» and «Varig
 * lønnstilskudd» (for employers), NAV's employer guide «Varig lønnstilskudd» (arbeidsgiver.nav.no), the nav.no news «Lønnstilskudd
 * får ny digital refusjonsløsning fra februar» (20 Dec 2022, updated 17 Feb 2023), NAV's agreement system
 * (navikt/tiltaksgjennomforing-api @ ae0bdbc9, 2026-08-20: Periode.splitPerMnd) and Byggmesteren 6 Aug 2025 (the ministry's
 * press release on mentor for young people in vocational training), and NAV's refund solution (navikt/tiltak-refusjon-api @
 * 13aa0898, 2026-07-01: which measures are paid automatically).
 */
import { describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-two NAV review: corrections say what their sources say',
  [
    // nav.no news (Feb 2023): «Tilskuddsperioder går nå fra måned for måned i stedet for hver tredje måned» and «Refusjonsbeløpet
    // utbetales månedlig»; arbeidsgiver.nav.no (varig lønnstilskudd): «Refusjoner utbetales hver måned»; NAV's agreement system
    // splits every subsidy period per calendar month (Periode.splitPerMnd). The entry had said only «høyst 3 måneder», agreed
    // period by period, which led managers to plan quarterly refunds.
    [
      'nav-wage-subsidy-refund-frequency',
      /^Som regel \*\*hver måned\*\*: i NAVs digitale refusjonsløsning \(fra 1\. februar 2023\) går tilskuddsperiodene \*\*måned for måned\*\*/,
    ],
    ['nav-wage-subsidy-refund-frequency', /refusjonen utbetales månedlig/],
    ['nav-wage-subsidy-refund-frequency', /at refusjoner utbetales hver måned/],
    // Guard kept from round22-nav.test.ts: the two-month deadline (nav.no news, Feb 2023) is unchanged
    ['nav-wage-subsidy-refund-frequency', /senest 2 måneder etter at tilskuddsperioden er over/],
    ['nav-wage-subsidy-refund-claim', /En tilskuddsperiode varer høyst 3 måneder; i den digitale løsningen går periodene måned for måned, og refusjonen utbetales månedlig/],
    ['nav-wage-subsidy-period-decided', /høyst 3 måneder om gangen – i NAVs digitale refusjonsløsning én måned –/],
    ['nav-wage-subsidy-part-time-refund', /inntil 3 måneder; i NAVs digitale refusjonsløsning går periodene måned for måned/],
    // nav.no «Varig lønnstilskudd» (employers): «Deltakeren, arbeidsgiver og Nav må godkjenne avtalen før tiltaket begynner». The
    // entry had said the employer applies for wage subsidy «før eller etter ansettelsen», which invites a hire first and an
    // application afterwards.
    ['nav-typical-process', /Avtalen må være godkjent av kandidaten, dere og NAV \*\*før\*\* tiltaket begynner, så avklar tilskuddet med NAV før oppstart/],
    ['nav-typical-process', /^(?![\s\S]*før eller etter ansettelsen)/],
    // Byggmesteren (6 Aug 2025), quoting the ministry: mentor «i inntil tre år for alle under 30 år som gjennomfører opplæringstiltak
    // gjennom tilrettelagt fag- og yrkesopplæring», in force 1 August 2025. The duration entry gave only six months / three years
    // with reduced work capacity.
    ['nav-mentor-duration', /fra 1\. august 2025 kan alle under 30 år som gjennomfører opplæringstiltak gjennom tilrettelagt fag- og yrkesopplæring, få mentor i inntil 3 år/],
    ['nav-mentor-duration', /NAVs side for arbeidsgivere nevner ikke regelen ennå – be NAV bekrefte varigheten/],
    // NAV's refund solution (navikt/tiltak-refusjon-api @ 13aa0898, 2026-07-01): Tiltakstype.utbetalesAutomatisk() is true for
    // MENTOR (since Nov 2025) and VTAO; AutomatiskInnsendingService submits those refunds itself and VarslingJobb logs that they
    // «skal ikke ha manuell godkjenning»; NAV's agreement system moved mentor agreements into the digital solution in early 2026
    // (navikt/tiltaksgjennomforing-api, «Fjerne mentor toggle», 16 Feb 2026). nav.no «Mentortilskudd» (updated 7 June 2023) still
    // says the employer applies for the refund. The entries had said flatly that the employer must send the claim; they now give
    // both and send the manager to NAV.
    [
      'nav-mentor-refund',
      /^Det kommer an på avtalen, så spør NAV: NAVs side for arbeidsgivere \(oppdatert 7\. juni 2023\) sier[\s\S]*\*\*utbetales automatisk\*\* etter hver periode/,
    ],
    ['nav-mentor-refund', /Spør NAV-veilederen om refusjonen for deres mentoravtale utbetales automatisk eller om dere må sende den inn/],
    [
      'nav-mentor-agreement',
      /nav\.no sier at dere søker om refusjon, mens mentorrefusjonen i NAVs digitale refusjonsløsning \(kildekoden per juli 2026\) sendes inn og \*\*utbetales automatisk\*\*/,
    ],
    ['nav-mentor-agreement', /^(?![\s\S]*dere må sende refusjonskravet)/],
    ['nav-mentor-grant', /NAVs digitale refusjonsløsning \(2026\) utbetaler mentortilskuddet automatisk etter hver periode – spør NAV/],
    ['nav-mentor-hours-pay', /i NAVs digitale refusjonsløsning \(2026\) utbetales det faste beløpet automatisk etter hver periode/],
    ['nav-mentor-duration', /automatisk i NAVs digitale refusjonsløsning \(2026\); spør NAV/],
    ['nav-wage-subsidy-refund-claim', /Mentortilskudd går gjennom den samme løsningen, men der utbetales det faste beløpet automatisk etter hver periode/],
    [
      'nav-wage-subsidy-refund-frequency',
      /mentortilskudd og VTA-O-tilskudd betales også etterskuddsvis per periode\. nav\.no sier at dere søker refusjon for dem, men i NAVs digitale refusjonsløsning[\s\S]*utbetales automatisk/,
    ],
    // nav.no «Varig tilrettelagt arbeid i ordinær virksomhet» (2025 rate, digital from 13 May 2025): «Arbeidsgiver må søke om refusjon for å
    // få tilskuddet»; NAV's refund solution (tiltak-refusjon-api @ 13aa0898): VTAO is paid automatically («Automatisk utbetaling av
    // VTAO-refusjoner», 10 Feb 2025). The entries had said only that the employer must apply; they now give both.
    [
      'nav-vta-o-office-payment',
      /nav\.no sier at dere får tilskuddet ved å \*\*søke om refusjon\*\*\. NAVs digitale refusjonsløsning \(kildekoden per juli 2026\) sender derimot VTA-O-refusjonen inn og utbetaler den automatisk/,
    ],
    ['nav-vta-o-employer-money', /i NAVs digitale refusjonsløsning \(2026\) utbetales det automatisk etter hver periode – spør NAV om dere må gjøre noe/],
  ],
  DAY,
);
