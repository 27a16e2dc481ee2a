const { run } = require('../walk');
const [user, sector] = process.argv.slice(2);
run('05-section-' + user, async (w, p) => {
  await w.login(user);
  await w.openTask(null, 'Przygotuj część sektorową – ' + sector);
  await w.claim();
  await w.shot('task');
  await w.type('Treść części sektorowej', `Diagnoza potrzeb w obszarze ${sector}: organizacje zgłosiły potrzebę stałego finansowania i wspólnego planowania. Cele: wzmocnienie współpracy, więcej ofert w konkursach. Mierniki: liczba ofert, liczba odbiorców.`);
  await w.complete();
  w.note('alerts: ' + JSON.stringify(await w.alerts()));
  await w.shot('after');
});
