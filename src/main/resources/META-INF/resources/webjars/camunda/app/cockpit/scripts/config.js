// Wspólnie: replaces the webjar's config.js (same path on the classpath; ours comes first).
import {dateFormat, locales} from '../../wspolnie-polish.js';

export default {
  locales,
  dateFormat
};
