// Wspólnie: what Cockpit 7.24 writes in English or the ISO way whatever its locale, loaded through config.js
// "requireJsConfig" (an AngularJS module Cockpit bootstraps with its own).
// - Dates: Cockpit sets its own date formats ("normal": YYYY-MM-DD[T]HH:mm:ss) over those of config.js, so the
//   variables' dates and the jobs' due dates showed as 2026-12-01T00:00:00; this sets config.js's (DD.MM.YYYY HH:mm)
//   again, after Cockpit's.
// - Column headers: "Actions" of the variables table and "State" of the called process instances are fixed English
//   text in Cockpit's templates, with no translation key; they are shown through the keys Cockpit has for the same
//   words elsewhere ("Akcje", "Stan" in Polish, the English words in English).
define('wspolnie-cockpit', ['angular'], function (angular) {
  'use strict';

  var HEADERS = {Actions: 'BATCHES_PROGRESS_ACTIONS', State: 'PLUGIN_CALLED_PROCESS_STATE'};

  function translatedTemplate(directiveName, replace) {
    return ['$provide', function ($provide) {
      $provide.decorator(directiveName + 'Directive', ['$delegate', function ($delegate) {
        $delegate.forEach(function (directive) {
          if (typeof directive.template === 'string') {
            directive.template = replace(directive.template);
          }
        });
        return $delegate;
      }]);
    }];
  }

  return angular.module('wspolnie.cockpit', [])
    .config(['camDateFormatProvider', function (formats) {
      var ours = (window.camCockpitConf || {}).dateFormat || {};
      Object.keys(ours).forEach(function (name) {
        formats.setDateFormat(ours[name], name);
      });
    }])
    .filter('wspolnieHeader', ['$translate', function ($translate) {
      return function (text) {
        return HEADERS[text] ? $translate.instant(HEADERS[text]) : text;
      };
    }])
    .config(translatedTemplate('camWidgetVariablesTable', function (template) {
      return template.replace(/(<td class="actions"[^>]*>)\s*Actions\s*</, "$1{{ 'Actions' | wspolnieHeader }}<");
    }))
    .config(translatedTemplate('sortableTableHead', function (template) {
      return template.replace('{{column.content}}', '{{ column.content | wspolnieHeader }}');
    }));
});
