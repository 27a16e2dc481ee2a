const { run } = require('../walk');
const [user, sector] = process.argv.slice(2);
run('05-section-' + user, async (w, p) => {
  await w.takeTask(user, 'Przygotuj część sektorową – ' + sector);
  await w.type('Treść części sektorowej', `Diagnoza potrzeb w obszarze ${sector}: organizacje zgłosiły potrzebę stałego finansowania i wspólnego planowania. Cele: wzmocnienie współpracy, więcej ofert w konkursach. Mierniki: liczba ofert, liczba odbiorców.`);
  await w.completeAndShoot();
});
