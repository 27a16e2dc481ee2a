// generic: user opens the task whose title contains TITLE, claims it, fills fields given as JSON actions, completes
// usage: node steps/task.js STEP USER "TITLE" '[["pick","Decyzja","Przyjmij"],["type","Label","text"],["radio","Label","Option"],["check","Label"]]'
const { run } = require('../walk');
const [step, user, title, actionsJson] = process.argv.slice(2);
run(step, async (w, p) => {
  await w.takeTask(user, title);
  for (const [kind, ...args] of JSON.parse(actionsJson || '[]')) {
    if (kind === 'shot') await w.shot(args[0]);
    else if (kind === 'links') w.note('links: ' + JSON.stringify(await p.evaluate(() => [...document.querySelectorAll('.fjs-container a')].map(a => a.innerText + ' -> ' + a.getAttribute('href') + ' target=' + a.getAttribute('target')))));
    else if (kind === 'text') w.note('form text: ' + (await p.locator('.fjs-container').first().innerText()).replace(/\s+/g, ' ').slice(0, 3000));
    else if (kind === 'fetchLinks') w.note('link fetch: ' + JSON.stringify(await p.evaluate(async () => Promise.all([...document.querySelectorAll('.fjs-container a')].filter(a => !a.href.includes('bpmn.io')).map(async a => { const r = await fetch(a.href, { credentials: 'same-origin' }); return a.innerText.slice(0, 40) + ' ' + r.status + ' ' + (r.headers.get('content-type') || '').slice(0, 30); })))));
    else if (kind === 'due') w.note('due: ' + JSON.stringify(await p.evaluate(() => [...document.querySelectorAll('[class*=due], .due-date, a[ng-click*=due], [cam-tasklist-task-meta] a')].map(e => (e.getAttribute('uib-tooltip') || e.getAttribute('title') || '') + ' | ' + e.innerText.trim()).filter(Boolean))));
    else if (kind === 'stop') return;
    else await w[kind](...args);
  }
  await w.shot('filled');
  await w.completeAndShoot();
});
