const { run } = require('../walk');
// a city department (or the coordination team: WHO=coordinator) sends a proposal through Tasklist's start form
run(process.env.STEP || '02-proposal', async (w, p) => {
  await w.login(process.env.WHO || 'department');
  await w.clickText('Rozpocznij proces');
  await p.waitForTimeout(1000);
  await w.click(p.getByText('Propozycja zadania priorytetowego'));
  await p.waitForTimeout(2500);
  await w.shot('form');
  const ref = process.env.REF || 'WK-2028-1';
  if (await w.group('Sygnatura zgłoszenia').count()) await w.type('Sygnatura zgłoszenia', ref);
  await w.pick('Kto zgłasza', 'Wydział lub jednostka miejska');
  await w.pick('Wydział lub jednostka', process.env.DEPT || 'Wydział Kultury i Dziedzictwa Narodowego');
  await w.pick('Obszar współpracy', process.env.SECTOR || 'Kultura i sztuka');
  await w.type('Nazwa zadania', process.env.TITLE || 'Festiwal kultur sąsiedzkich 2028');
  await w.type('Opis zadania', 'Cykl wydarzeń kulturalnych w dzielnicach, przygotowanych razem z organizacjami.');
  await w.type('Uzasadnienie', 'Mieszkańcy dzielnic mają mało okazji do wspólnych wydarzeń kulturalnych.');
  await w.pick('Forma realizacji', 'Otwarty konkurs ofert');
  await w.pick('Tryb finansowania', 'Wspieranie');
  await w.type('Planowana kwota', '45 000,50');
  await w.type('Pierwszy rok realizacji', '2028');
  if (process.env.PROG) await w.type('Numer programu', process.env.PROG);
  await w.startProcess('filled');
  await p.evaluate(() => window.scrollTo(0,0)); await p.locator('.modal').first().evaluate(e => e.scrollTop = 0).catch(() => {});
  await w.shot('after');
});
