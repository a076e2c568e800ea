/** The data files in DATA_DIR. Kept apart from bot/main.ts so command-line tools need not load the server. */
export const DATA_FILE = 'inkluderingsveilederen.json';
export const TURN_STATE_FILE = 'turn-state.json';
