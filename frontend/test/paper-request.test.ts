/**
 * <withus-paper-request>: asking for a paper in one's language writes a paper-request submission to the outbox (the
 * one capture path, so it works offline), and the device remembers the ask for that account only.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { useLanguage, findLanguage } from '../i18n.js';
import { db, setMeta } from '../sync/db.js';
import '../offline/materials/withus-paper-request.js';
import { freshDevice } from './support.js';

async function shown(attributes: Record<string, string>) {
  document.body.innerHTML = '';
  const element = document.createElement('withus-paper-request');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await element.updateComplete;
  return element;
}

const PAPER = { 'material-id': '12', 'paper-title': 'Minutes, 14 October', format: 'standard', language: 'ar' };

async function pulledForm(account: string, version: number) {
  await (
    await db()
  ).put('offline', {
    id: `${account}/form/paper-request`,
    account,
    kind: 'form',
    key: 'paper-request',
    etag: 'e1',
    data: { key: 'paper-request', version, title: 'Ask', description: '', definition: { questions: [] } },
  });
}

describe('asking for a paper in one’s language', () => {
  afterEach(async () => {
    await useLanguage(findLanguage('en')!);
    document.body.innerHTML = '';
  });

  test('the request goes into the outbox with the paper, format and language as values, in the pulled version', async () => {
    await freshDevice('marek');
    await pulledForm('marek', 3);
    await useLanguage(findLanguage('ar')!);
    const element = await shown(PAPER);
    const button = element.querySelector('button')!;
    expect(button.textContent).toContain('العربية');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await element.updateComplete;
    const outbox = await (await db()).getAll('outbox');
    expect(outbox).toHaveLength(1);
    expect(outbox[0].account).toBe('marek');
    expect(outbox[0].submission?.form).toEqual({ key: 'paper-request', version: 3 });
    expect(outbox[0].submission?.answers).toEqual({ material: '12', format: 'standard', language: 'ar' });
    expect(element.querySelector('[role="status"]')?.textContent).toMatch(/WU-[0-9A-F]{4}-[0-9A-F]{4}/);
    expect(element.querySelector('button')).toBeNull();

    // shown again (another visit): it says it was asked, and offers nothing twice
    const again = await shown(PAPER);
    expect(again.querySelector('button')).toBeNull();
    expect(again.textContent).toContain('طلبت هذه الورقة');
  });

  test('what one account asked is not shown to the next person on the device', async () => {
    await freshDevice('marek');
    await setMeta('asked:marek', [
      { material: '12', format: 'standard', language: 'ar', at: '2026-11-20T09:30:00Z', reference: 'WU-1' },
    ]);
    await (
      await db()
    ).put('accounts', { username: 'amara', displayName: 'Amara', deviceId: 'd', token: 't', registeredAt: '' });
    await setMeta('currentAccount', 'amara');
    const element = await shown(PAPER);
    expect(element.querySelector('button'), 'Amara is offered the request, not told Marek asked').not.toBeNull();
  });

  test('without the form on the device (never online yet) it says so and writes nothing', async () => {
    await freshDevice('marek');
    const element = await shown(PAPER);
    element.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(await (await db()).count('outbox')).toBe(0);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Go online once');
  });

  test('a Flow page gives the version it knows', async () => {
    await freshDevice('marek');
    const element = await shown({ ...PAPER, language: 'pl', 'form-version': '2' });
    element.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.form.version).toBe(2);
    expect(item.submission?.answers.language).toBe('pl');
  });

  test('an easy read version is asked for in words that fit the sentence, in English and in Polish', async () => {
    await freshDevice('marek');
    const easyRead = { ...PAPER, format: 'easy-read', language: 'en', 'form-version': '2' };
    let element = await shown(easyRead);
    expect(element.querySelector('p')?.textContent).toBe('This paper is not in easy read yet.');
    expect(element.querySelector('button')?.textContent?.trim()).toBe('Ask for this paper in easy read');
    await useLanguage(findLanguage('pl')!);
    element = await shown(easyRead);
    expect(element.querySelector('button')?.textContent?.trim()).toBe(
      'Poproś o ten dokument jako: wersja łatwa do czytania',
    );
    element.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.answers).toEqual({ material: '12', format: 'easy-read', language: 'en' });
  });
});
