// Wspólnie: what every Camunda webapp (Tasklist, Cockpit, Admin, Welcome) shares: Polish by default (English stays
// available to browsers set to English; the webapps pick the browser's first language if listed, else the fallback),
// Polish date formats. Each app's scripts/config.js imports this (the webapps load config.js as an ES module).
export const locales = {
  availableLocales: ['pl', 'en'],
  fallbackLocale: 'pl'
};

export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD.MM.YYYY HH:mm',
  normal: 'DD.MM.YYYY HH:mm',
  long: 'dddd, D MMMM YYYY, HH:mm',
  short: 'DD.MM.YYYY'
};
