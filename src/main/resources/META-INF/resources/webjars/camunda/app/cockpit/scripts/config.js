// Wspólnie: replaces the webjar's config.js (same path on the classpath; ours comes first).
import {dateFormat, locales} from '../../wspolnie-polish.js';

export default {
  locales,
  dateFormat,
  // Polish dates and column headers Cockpit's own settings and templates would leave ISO / English
  requireJsConfig: {
    deps: ['wspolnie-cockpit'],
    ngDeps: ['wspolnie.cockpit'],
    paths: {'wspolnie-cockpit': 'scripts/wspolnie-cockpit'}
  }
};
