const { run } = require('../walk');
run('03-triage', async (w, p) => {
  await w.login('culture');
  await w.shot('list');
  await w.openTask(null, 'Festiwal kultur sąsiedzkich 2028');
  await w.shot('task');
  await w.claim();
  await w.pick('Rozstrzygnięcie', 'Przyjmij jako zadanie priorytetowe');
  await w.shot('filled');
  await w.complete();
  w.note('alerts: ' + JSON.stringify(await w.alerts()));
  await w.shot('after');
});
