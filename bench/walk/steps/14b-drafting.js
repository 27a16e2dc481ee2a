const { run, BASE } = require('../walk');
// from the revision task the coordinator follows "Otwórz tekst projektu" and answers the accepted comment there
run('14b-drafting-page', async (w, p) => {
  await w.login('coordinator');
  await w.openTask(null, 'Uwzględnij wyniki konsultacji – program na rok 2028');
  const [popup] = await Promise.all([
    p.context().waitForEvent('page', { timeout: 5000 }).catch(() => null),
    w.click(p.locator('.fjs-container a').filter({ hasText: 'Otwórz tekst projektu – zmiany' })),
  ]);
  const page = popup || p;
  w.note(popup ? 'drafting page opened in a new tab' : 'drafting page replaced Tasklist in the same tab');
  await page.waitForLoadState();
  await page.waitForTimeout(1500);
  w.page = page;
  await w.shot('drafting');
  const html = await page.content();
  require('fs').writeFileSync('/tmp/pw-walk/drafting.html', html);
  const form = page.locator('form[action*="no-edit"]');
  await form.locator('input[name=reason]').fill('Festiwal ujęto jako zadanie priorytetowe w obszarze kultury; brzmienie § 5 nie wymaga zmiany.');
  w.typed++; w.clicks++;
  await w.click(form.locator('button'));
  await page.waitForLoadState();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: process.env.WALK_OUT + '/14b-drafting-page-02-after-top.png' });
  w.note('after: ' + (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 600));
  w.note('forms on page: ' + JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('form')].map(f => f.action + ' :: ' + f.innerText.replace(/\s+/g, ' ').slice(0, 200)))));
});
