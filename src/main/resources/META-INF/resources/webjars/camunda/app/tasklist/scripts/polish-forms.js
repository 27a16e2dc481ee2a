// Wspólnie: Camunda Forms (form-js) in Tasklist write their validation messages in English, with no way to give
// our own in this version. This script, loaded through config.js "customScripts", rewrites each message in Polish
// naming the field, and says what a date or an amount must look like instead of showing the regular expression.
// It also opens links to our documents (/api/...) and drafting pages (/drafting/...) in a new tab, so the task stays
// where it was.

const PATTERN_HINTS = [
  [/0\?\[1-9\]\|\[12\]\[0-9\]\|3\[01\]/, 'wpisz datę w postaci DD.MM.RRRR, np. 30.11.2026'],
  [/zł/, 'wpisz kwotę w złotych cyframi, np. 12 500 albo 12 500,50'],
  [/^\^\[0-9\]\{10\}\$$/, 'numer KRS ma 10 cyfr, np. 0000123456']
];

function hintFor(pattern) {
  const found = PATTERN_HINTS.find(([shape]) => shape.test(pattern));
  return found ? found[1] : 'sprawdź, czy wartość ma właściwą postać';
}

const RULES = [
  [/^Field is required\.$/, (f) => `Pole ${f} jest wymagane.`],
  [/^Field must match pattern (.*)\.$/, (f, m) => `Pole ${f}: ${hintFor(m[1])}.`],
  [/^Field must have minimum value of (.*)\.$/, (f, m) => `Pole ${f}: wartość nie może być mniejsza niż ${m[1]}.`],
  [/^Field must have maximum value of (.*)\.$/, (f, m) => `Pole ${f}: wartość nie może być większa niż ${m[1]}.`],
  [/^Field must have minimum length of (\d+)\.$/, (f, m) => `Pole ${f} musi mieć co najmniej ${m[1]} znaków.`],
  [/^Field must have maximum length of (\d+)\.$/, (f, m) => `Pole ${f} może mieć najwyżej ${m[1]} znaków.`],
  [/^Field must be a valid email\.$/, (f) => `Pole ${f}: podaj adres e-mail w postaci nazwa@domena.pl.`],
  [/^Field must be a valid\s+international phone number/, (f) => `Pole ${f}: podaj numer telefonu z kodem kraju, np. +48123456789.`],
  [/^Value is not a number\.$/, (f) => `Pole ${f}: wpisz liczbę.`],
  [/^Value is expected to be an integer\.$/, (f) => `Pole ${f}: wpisz liczbę całkowitą, np. 2027.`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (f, m) => `Pole ${f}: najwyżej ${m[1]} cyfry po przecinku.`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (f, m) => `Pole ${f}: wybierz poprawną wartość, np. ${m[1]} albo ${m[2]}.`]
];

function fieldLabel(element) {
  const field = element.closest('.fjs-form-field');
  const label = field && field.querySelector('.fjs-form-field-label');
  const text = label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
  return text ? `„${text}”` : 'formularza';
}

// Changes the text node form-js rendered rather than replacing it, so that form-js keeps updating the same node
// (and this observer translates again) when the message changes.
function translate(element) {
  const text = Array.from(element.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue.trim());
  if (!text) {
    return;
  }
  const english = text.nodeValue.trim();
  for (const [shape, polish] of RULES) {
    const match = english.match(shape);
    if (match) {
      text.nodeValue = polish(fieldLabel(element), match);
      return;
    }
  }
}

// The empty pick list's prompt, its search box and its "nothing found", which form-js writes in English.
const PROMPTS = {Select: 'Wybierz', Search: 'Szukaj', 'No results': 'Brak wyników'};

function polishPrompts(root) {
  root.querySelectorAll('.fjs-select-placeholder, .fjs-dropdownlist-empty').forEach((element) => {
    const text = Array.from(element.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && PROMPTS[node.nodeValue.trim()]);
    if (text) {
      text.nodeValue = PROMPTS[text.nodeValue.trim()];
    }
  });
  root.querySelectorAll('.fjs-container input[placeholder]').forEach((input) => {
    const polish = PROMPTS[input.getAttribute('placeholder')];
    if (polish) {
      input.setAttribute('placeholder', polish);
    }
  });
}

function polishForms(root) {
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error > span').forEach(translate);
  polishPrompts(root);
  // documents and the drafting pages open beside Tasklist, so the task stays where it was
  root.querySelectorAll('.fjs-container a[href*="/api/"], .fjs-container a[href*="/drafting/"]').forEach((link) => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
}

new MutationObserver(() => polishForms(document)).observe(document.documentElement,
  {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']});
