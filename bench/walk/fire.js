// Cockpit as the administrator: the timer of a row (activity name) is made due now
const { run } = require('./walk');
const [step, activity, pi] = process.argv.slice(2);
run(step, async (w, p) => {
  await w.login('demo', 'cockpit');
  await p.goto(`${process.env.WALK_BASE}/camunda/app/cockpit/default/#/process-instance/${pi}/runtime`);
  w.clicks += 3; // Procesy, the process, the instance
  await w.click(p.getByText('Zadania wsadowe'));
  await p.waitForTimeout(2000);
  const row = p.locator('tr').filter({ hasText: activity });

  await w.click(row.locator('a.action-button').nth(1));
  await p.waitForTimeout(1500);
  await w.shot('dialog');
  w.note('dialog: ' + (await p.locator('.modal-content').innerText()).replace(/\s+/g, ' '));

  await w.click(p.locator('.modal-body input[value=specific]'));
  await p.waitForTimeout(800);
  await w.shot('dialog-date');
  const input = p.locator('.modal-body input[name=dateValue]');
  w.note('date field value: ' + await input.inputValue());
  if (process.env.DRY2) return;
  await input.fill(process.env.WHEN);
  w.typed++;
  await w.shot('dialog-now');
  await w.click(p.locator('.modal-footer button').last());
  await p.waitForTimeout(3000);
  await w.shot('after');
  await w.noteAlerts();
});
