const { run } = require('../walk');
run('01-start', async (w, p) => {
  await w.login('coordinator');
  await w.shot('tasklist');
  await w.openStartForm('Program współpracy – cykl przygotowania', 'process-list');
  await w.shot('start-form');
  await w.fill([
    ['pick', 'Rodzaj programu', 'Roczny'],
    ['type', 'Pierwszy rok obowiązywania', '2028'],
    ['type', 'Ostatni rok obowiązywania', '2028'],
    ['type', 'Termin naboru propozycji zadań', '15.06.2027'],
    ['type', 'Termin przygotowania części sektorowych', '31.08.2027'],
    ['type', 'Początek konsultacji', '13.09.2027'],
    ['type', 'Koniec konsultacji', '11.10.2027'],
    ['type', 'Termin uchwalenia przez Radę Miasta', '30.11.2027'],
  ]);
  await w.startProcess('start-form-filled');
  await w.shot('after-start');
});
