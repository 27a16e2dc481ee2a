const { run, BASE } = require('../walk');
// an NGO on the public site: opens the consultation, clicks "Zgłoś uwagę" beside a part of the draft, sends it
run('09-comment', async (w, p) => {
  await p.goto(`${BASE}/`);
  await w.shot('home');
  await w.click(p.locator('a').filter({ hasText: /2028/ }).first());
  await p.waitForTimeout(1500);
  await w.shot('consultation');
  const sector = process.env.ANCHOR_TEXT || 'Kultura';
  const link = p.locator('a').filter({ hasText: 'Zgłoś uwagę' });
  w.note('comment links on the page: ' + await link.count());
  await w.click(link.nth(Number(process.env.ANCHOR_NO || 5)));
  await p.waitForTimeout(1500);
  await w.shot('form');
  await p.getByLabel('Nazwa organizacji').fill('Fundacja Sąsiedzi');
  await p.getByLabel('Osoba do kontaktu').fill('Anna Nowak');
  await p.getByLabel('Adres e-mail').fill('anna@example.org');
  await p.getByLabel('Proponowane brzmienie').fill('Dodać coroczny festiwal kultur sąsiedzkich jako zadanie priorytetowe.');
  await p.getByLabel('Uzasadnienie').fill('Organizacje dzielnicowe potrzebują stałego wsparcia wydarzeń sąsiedzkich.');
  w.typed += 5; w.clicks += 5;
  await w.click(p.locator('#wyslij'));
  await p.waitForTimeout(2000);
  await w.shot('confirmation');
  w.note('confirmation: ' + (await p.locator('main').innerText()).replace(/\s+/g, ' ').slice(0, 400));
});
