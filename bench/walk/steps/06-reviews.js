const { run } = require('../walk');
// the coordinator accepts every sector section of the 2028 programme, one after another, in one session
run('06-reviews', async (w, p) => {
  await w.login('coordinator');
  for (let i = 0; i < 8; i++) {
    const item = p.locator('.tasks-list li, ol li').filter({ hasText: 'Oceń część sektorową' }).filter({ hasText: '2028' });
    await item.first().waitFor({ timeout: 30000 });
    await w.click(item.first().locator('h4, a').first());
    await p.waitForTimeout(2000);
    await w.claim();
    if (i === 0) await w.shot('review');
    await w.pick('Decyzja', 'Przyjmij');
    await w.complete();
    const alerts = await w.alerts();
    if (alerts.length) w.note('alerts: ' + JSON.stringify(alerts));
  }
  await w.shot('after');
});
