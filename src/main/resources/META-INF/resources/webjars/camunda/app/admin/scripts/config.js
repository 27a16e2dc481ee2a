// Wspólnie: this webapp in Polish by default (English stays available to browsers set to English), Polish dates.
// Replaces the webjar's config.js (same path on the classpath; ours comes first).
export default {
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
  }
};
