const { run } = require('../walk');
// a city department (or the coordination team: WHO=coordinator) sends a proposal through Tasklist's start form
run(process.env.STEP || '02-proposal', async (w, p) => {
  await w.login(process.env.WHO || 'department');
  await w.openStartForm('Propozycja zadania priorytetowego');
  await w.shot('form');
  const ref = process.env.REF || 'WK-2028-1';
  if (await w.group('Sygnatura zgłoszenia').count()) await w.type('Sygnatura zgłoszenia', ref);
  await w.fill([
    ['pick', 'Kto zgłasza', 'Wydział lub jednostka miejska'],
    ['pick', 'Wydział lub jednostka', process.env.DEPT || 'Wydział Kultury i Dziedzictwa Narodowego'],
    ['pick', 'Obszar współpracy', process.env.SECTOR || 'Kultura i sztuka'],
    ['type', 'Nazwa zadania', process.env.TITLE || 'Festiwal kultur sąsiedzkich 2028'],
    ['type', 'Opis zadania', 'Cykl wydarzeń kulturalnych w dzielnicach, przygotowanych razem z organizacjami.'],
    ['type', 'Uzasadnienie', 'Mieszkańcy dzielnic mają mało okazji do wspólnych wydarzeń kulturalnych.'],
    ['pick', 'Forma realizacji', 'Otwarty konkurs ofert'],
    ['pick', 'Tryb finansowania', 'Wspieranie'],
    ['type', 'Planowana kwota', '45 000,50'],
    ['type', 'Pierwszy rok realizacji', '2028'],
    ['type', 'Numer programu', process.env.PROG || undefined],
  ]);
  await w.startProcess('filled');
  await p.evaluate(() => window.scrollTo(0,0)); await p.locator('.modal').first().evaluate(e => e.scrollTop = 0).catch(() => {});
  await w.shot('after');
});
