const { run } = require('../walk');
run('03-triage', async (w, p) => {
  await w.takeTask('culture', 'Festiwal kultur sąsiedzkich 2028');
  await w.pick('Rozstrzygnięcie', 'Przyjmij jako zadanie priorytetowe');
  await w.shot('filled');
  await w.completeAndShoot();
});
