// Wspólnie: Tasklist in Polish by default (English stays available to browsers set to English), Polish dates.
// Replaces the webjar's config.js (same path on the classpath; ours comes first). Keep the shortcuts below in
// step with the webjar's defaults when Camunda is upgraded.
export default {
  app: {
    name: 'Zadania',
    vendor: 'Wspólnie'
  },
  locales: {
    availableLocales: ['pl', 'en'],
    fallbackLocale: 'pl'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D MMMM YYYY, HH:mm',
    short: 'DD.MM.YYYY'
  },
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'przejmuje wybrane zadanie'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'przechodzi do pierwszego filtra na liście'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'przechodzi do pierwszego zadania na liście'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'przechodzi do pierwszego pola formularza zadania'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'otwiera okno rozpoczęcia procesu'
    }
  }
};
