// Walk helpers: one browser per step, Polish locale, Warsaw time; counts clicks and typed fields.
// needs playwright-core (NODE_PATH=…/node_modules) and Debian's chromium; see run.sh
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const BASE = process.env.WALK_BASE;
const OUT = process.env.WALK_OUT || 'shots';
fs.mkdirSync(OUT, { recursive: true });

const ENGLISH = /\b(Claim|Unclaim|Complete|Save|Add a variable|Filter|Follow-up|Due date|Created|Description|Start process|Loading|Sort|Assignee|History|Form|Task|Tasks|Search|Logout|Cancel|Submit|Required|Field|must|Date and Time|Welcome|Process|Variables|Incidents|Jobs|Retry|Reset)\b/g;

class Walk {
  constructor(step) {
    this.step = step;
    this.clicks = 0;
    this.typed = 0;
    this.notes = [];
    this.shotNo = 0;
  }

  async open() {
    this.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    this.context = await this.browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw', viewport: { width: 1280, height: 1000 } });
    this.page = await this.context.newPage();
    this.page.setDefaultTimeout(90000);
    this.page.on('popup', p => { this.popup = p; });
    return this.page;
  }

  async close() {
    await this.browser.close();
  }

  async login(user, app = 'tasklist') {
    const p = this.page;
    for (let attempt = 0; ; attempt++) {
      await p.goto(`${BASE}/camunda/app/${app}/`);
      try {
        const name = p.locator("input[ng-model='username']");
        await name.waitFor({ timeout: 240000 });
        await p.waitForTimeout(1000);
        await name.fill(user);
        await p.locator("input[type='password']").fill(user);
        await p.locator("input[type='password']").press('Enter');
        await p.waitForSelector(app === 'tasklist' ? "text=Rozpocznij proces" : 'text=Procesy', { timeout: 90000 });
        break;
      } catch (e) {
        if (attempt >= 2) throw e;
        this.note('login retried (harness)');
      }
    }
    this.typed += 2;
    this.clicks += 1; // the login button
    await p.waitForTimeout(1500);
  }

  async click(locator) {
    // Tasklist re-renders its list after a completion: an element found just before may be replaced; look again
    for (let attempt = 1; ; attempt++) {
      try {
        await locator.first().scrollIntoViewIfNeeded();
        await locator.first().click();
        break;
      } catch (e) {
        if (attempt >= 3 || !/not attached|detached/.test(String(e))) throw e;
        this.note('click retried after a re-render (harness)');
        await this.page.waitForTimeout(1000);
      }
    }
    this.clicks++;
  }

  async clickText(text) {
    await this.click(this.page.getByText(text, { exact: false }));
  }

  group(label) {
    return this.page.locator(`xpath=//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(.), "${label}")]]`).first();
  }

  async type(label, text) {
    const input = this.group(label).locator('input, textarea').first();
    await input.scrollIntoViewIfNeeded();
    await input.click();
    await input.fill('');
    await input.type(text, { delay: 2 });
    await input.press('Tab');
    this.typed++;
    this.clicks++;
    await this.page.waitForTimeout(300);
  }

  async pick(label, option) {
    const g = this.group(label);
    const item = this.page.locator(`xpath=//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)="${option}"]`);
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.page.evaluate(() => document.activeElement && document.activeElement.blur());
      await g.scrollIntoViewIfNeeded();
      await g.locator('input, .fjs-select-display, .fjs-input-group').first().click();
      if (attempt === 0) this.clicks++;
      try {
        await item.first().waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (e) {
        if (attempt === 4) throw e;
      }
    }
    await item.first().click();
    this.clicks++;
    await this.page.evaluate(() => document.activeElement && document.activeElement.blur());
    await this.page.waitForTimeout(300);
  }

  async radio(label, option) {
    const g = this.group(label);
    await this.click(g.locator(`xpath=.//label[normalize-space(.)="${option}"]`));
  }

  async check(label) {
    const g = this.page.locator(`xpath=//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), "${label}")]]`).first();
    await this.click(g.locator('input[type=checkbox]'));
  }

  async checkOption(groupLabel, option) {
    const g = this.group(groupLabel);
    await this.click(g.locator(`xpath=.//label[contains(normalize-space(.), "${option}")]`));
  }

  async openTask(filter, title) {
    const p = this.page;
    if (filter) {
      await this.click(p.getByText(filter, { exact: false }));
      await p.waitForTimeout(1000);
    }
    await this.click(p.locator('.tasks-list li, ol li').filter({ hasText: title }).locator('h4, a').first());
    await p.waitForTimeout(2000);
  }

  async claim() {
    const p = this.page;
    const b = p.locator("xpath=//button[normalize-space(.)='Przejmij'] | //a[normalize-space(.)='Przejmij']");
    if (await b.count()) {
      await this.click(b);
      await p.waitForTimeout(2500);
    } else {
      this.note('no Claim button (already claimed?)');
    }
  }

  async complete() {
    const p = this.page;
    await this.click(p.locator("xpath=//button[normalize-space(.)='Zakończ']"));
    await p.waitForTimeout(3000);
  }

  // how a task step begins: log in as USER, open the task whose title contains TITLE, claim it, screenshot 'task'
  async takeTask(user, title) {
    await this.login(user);
    await this.openTask(null, title);
    await this.claim();
    await this.shot('task');
  }

  // how a task step ends: complete the task, note the alerts, screenshot 'after'
  async completeAndShoot() {
    await this.complete();
    await this.noteAlerts();
    await this.shot('after');
  }

  // Tasklist's start form of the process named NAME: "Rozpocznij proces", then the process; LISTSHOT names a
  // screenshot of the process list when given
  async openStartForm(name, listShot) {
    const p = this.page;
    await this.clickText('Rozpocznij proces');
    await p.waitForTimeout(1000);
    if (listShot) await this.shot(listShot);
    await this.click(p.getByText(name));
    await p.waitForTimeout(2500);
  }

  // a form's fields in order, each [kind, label, value] with kind 'type' or 'pick'; an undefined value skips the field
  async fill(fields) {
    for (const [kind, label, value] of fields) {
      if (value !== undefined) await this[kind](label, value);
    }
  }

  // Tasklist's start form, filled: leave the last field, screenshot it as NAME, start the process, note the alerts
  async startProcess(name) {
    const p = this.page;
    await p.locator('.modal-body').first().click({ position: { x: 5, y: 5 } });
    await this.shot(name);
    await this.click(p.locator("xpath=//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Rozpocznij']"));
    await p.waitForTimeout(3000);
    await this.noteAlerts();
  }

  async noteAlerts() {
    this.note('alerts: ' + JSON.stringify(await this.alerts()));
  }

  note(text) {
    this.notes.push(text);
  }

  async shot(name) {
    this.shotNo++;
    const file = path.join(OUT, `${this.step}-${String(this.shotNo).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    const text = await this.page.evaluate(() => document.body.innerText);
    const english = [...new Set((text.match(ENGLISH) || []))];
    if (english.length) {
      this.note(`${name}: English-looking words: ${english.join(', ')}`);
    }
    return file;
  }

  async alerts() {
    return this.page.evaluate(() => [...document.querySelectorAll('.alert, .notifications .notification, .fjs-form-field-error')]
      .filter(e => e.offsetParent !== null).map(e => e.innerText.trim()).filter(Boolean));
  }

  report() {
    const line = { step: this.step, clicks: this.clicks, typed: this.typed, notes: this.notes };
    fs.appendFileSync(path.join(OUT, 'walk.jsonl'), JSON.stringify(line) + '\n');
    console.log(JSON.stringify(line, null, 1));
  }
}

async function run(step, fn) {
  const w = new Walk(step);
  await w.open();
  try {
    await fn(w, w.page);
  } catch (e) {
    await w.shot('error').catch(() => {});
    w.note('FAILED: ' + e.message.split('\n')[0]);
    console.error(e);
  } finally {
    w.report();
    await w.close();
  }
}

module.exports = { run, BASE };
