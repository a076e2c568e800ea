/** The guide's card verbs. */
export const VERBS = {
  start: 'guide.start',
  answer: 'guide.answer',
  back: 'guide.back',
  cancel: 'guide.cancel',
  edit: 'guide.edit',
  confirm: 'guide.confirm',
  restart: 'guide.restart',
  switchSector: 'guide.switchSector',
  resume: 'guide.resume',
  startOver: 'guide.startOver',
  discard: 'guide.discard',
  finish: 'guide.finish',
  navOrder: 'guide.navOrder',
  navOrderSubmit: 'guide.navOrderSubmit',
  navOrderEdit: 'guide.navOrderEdit',
} as const;
