/**
 * The layering rule of the architecture (README, "Layout"), checked in `npm test`:
 * knowledge/ ← dialogs/ ← bot/ ← scripts/, nothing imports back up, no import cycles, and the domain
 * layers use no Teams or HTTP library. Test code (test/, *.test.ts) may import anything.
 */
module.exports = {
  forbidden: [
    {
      name: 'knowledge-stays-pure',
      comment: 'knowledge/ knows no conversations, no Teams, no storage and no scripts',
      severity: 'error',
      from: { path: '^knowledge/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(dialogs|bot|scripts|test)/' },
    },
    {
      name: 'dialogs-know-no-edge',
      comment: 'dialogs/ get storage, clock and sender passed in: they import nothing from bot/ or scripts/',
      severity: 'error',
      from: { path: '^dialogs/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(bot|scripts|test)/' },
    },
    {
      name: 'bot-does-not-use-scripts',
      severity: 'error',
      from: { path: '^bot/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(scripts|test)/' },
    },
    {
      name: 'domain-without-teams-or-http',
      comment: 'only bot/ talks to Teams and HTTP',
      severity: 'error',
      from: { path: '^(knowledge|dialogs)/', pathNot: '\\.test\\.ts$' },
      to: { path: '(^|/)node_modules/(botbuilder[^/]*|@microsoft/teams-ai|restify|pg|pg-boss|lowdb)/|^(http|https|node:http|node:https)$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    exclude: { path: '^(node_modules|dist|test/artifacts)/' },
  },
};
