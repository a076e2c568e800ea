/** The guide's card verbs. */
export const VERBS = {
  start: 'guide.start',
  answer: 'guide.answer',
  back: 'guide.back',
  cancel: 'guide.cancel',
  edit: 'guide.edit',
  confirm: 'guide.confirm',
  restart: 'guide.restart',
  navOrder: 'guide.navOrder',
  navOrderSubmit: 'guide.navOrderSubmit',
} as const;
