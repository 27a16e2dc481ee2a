// Wspólnie: Tasklist in Polish (see ../../wspolnie-polish.js), named for the city's officials.
// Replaces the webjar's config.js (same path on the classpath; ours comes first). Keep the shortcuts below in
// step with the webjar's defaults when Camunda is upgraded.
import {dateFormat, locales} from '../../wspolnie-polish.js';

export default {
  app: {
    name: 'Zadania',
    vendor: 'Wspólnie'
  },
  locales,
  dateFormat,
  // Polish validation messages of Camunda Forms, document links in a new tab; the number of what a start form
  // created, shown after the start (see the scripts).
  customScripts: ['scripts/polish-forms.js', 'scripts/start-confirmation.js', 'scripts/filter-sorting.js'],
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
