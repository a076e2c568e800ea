/** The few user-facing texts the edge itself sends, before or instead of a dialog (Norwegian bokmål). */
export const S = {
  /** To an activity from a Teams tenant the bot does not serve; nothing of it is stored. */
  tenantNotServed: 'Beklager, Inkluderingsveilederen er ikke tatt i bruk i virksomheten din. Ta kontakt med IT- eller HR-avdelingen hos dere om dere ønsker å bruke den.',
  /** When a change could not be saved (a full disk, the database unreachable): nothing was kept. */
  notSaved: 'Beklager, endringen ble ikke lagret fordi lagringen ikke virker akkurat nå. Ingenting av den er tatt vare på – prøv igjen om litt. Spørsmål kan du fortsatt stille.',
} as const;
