/**
 * <withus-form> with the kinds of question the co-production team writes: a ranking put in order with Move up and
 * Move down (focus follows the choice, a live region says where it went), a GOV.UK date input made into YYYY-MM-DD,
 * a 1–5 scale, a number and a short text – each answer goes into the outbox by value, in the same shape the server
 * checks (sync/rules/answers.vectors.json), and a wrong one is refused at the field with nothing written.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { findLanguage, useLanguage } from '../i18n.js';
import { db } from '../sync/db.js';
import { dateAnswer } from '../offline/withus-form.js';
import '../offline/withus-form.js';
import { freshDevice } from './support.js';

const FORM = {
  key: 'youth-priorities',
  version: 2,
  title: 'Youth Voices priorities',
  description: '',
  definition: {
    title: { en: 'Youth Voices priorities', ar: 'أولويات أصوات الشباب' },
    questions: [
      {
        id: 'priorities',
        type: 'ranking',
        label: { en: 'Put these priorities in order', ar: 'رتب هذه الأولويات' },
        required: true,
        options: [
          { value: 'youth-clubs', label: { en: 'Youth clubs', ar: 'نوادي الشباب' } },
          { value: 'parks', label: { en: 'Parks', ar: 'الحدائق' } },
          { value: 'jobs', label: { en: 'Jobs and training', ar: 'الوظائف والتدريب' } },
        ],
      },
      { id: 'since', type: 'date', label: { en: 'When did you join?' } },
      {
        id: 'felt',
        type: 'scale',
        label: { en: 'Did you feel like an equal partner?' },
        low: { en: 'Not yet' },
        high: { en: 'Really well' },
      },
      { id: 'people', type: 'number', label: { en: 'How many came with you?' }, min: 0, max: 20 },
      { id: 'street', type: 'text', label: { en: 'Your street' }, maxLength: 12 },
    ],
  },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

async function shown() {
  document.body.innerHTML = '';
  const element = document.createElement('withus-form');
  element.setAttribute('form-json', JSON.stringify(FORM));
  document.body.append(element);
  await settle();
  await element.updateComplete;
  return element;
}

const byId = <T extends HTMLElement>(element: HTMLElement, id: string) => element.querySelector<T>(`#${id}`)!;

function type(element: HTMLElement, id: string, value: string) {
  const input = byId<HTMLInputElement>(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const items = (element: HTMLElement) =>
  [...element.querySelectorAll('.wu-ranking-words')].map((item) => item.textContent?.trim());

describe('the question kinds a team writes', () => {
  afterEach(async () => {
    await useLanguage(findLanguage('en')!);
    document.body.innerHTML = '';
  });

  test('a ranking is put in order with Move up and Move down; focus follows the choice and the move is announced', async () => {
    await freshDevice('amara');
    const element = await shown();
    expect(items(element)).toEqual(['Youth clubs', 'Parks', 'Jobs and training']);
    expect(byId(element, 'wu-q-priorities-news').textContent).toContain('You have not chosen an order yet.');
    expect(byId(element, 'wu-q-priorities-0-up').hasAttribute('disabled')).toBe(true);
    expect(byId(element, 'wu-q-priorities-2-down').hasAttribute('disabled')).toBe(true);
    // the accessible name holds the visible words and the choice's
    expect(byId(element, 'wu-q-priorities-1-up').textContent?.replace(/\s+/g, ' ').trim()).toBe('Move up Parks');

    byId(element, 'wu-q-priorities-1-up').click();
    await settle();
    await element.updateComplete;
    expect(items(element)).toEqual(['Parks', 'Youth clubs', 'Jobs and training']);
    expect(byId(element, 'wu-q-priorities-news').getAttribute('role')).toBe('status');
    expect(byId(element, 'wu-q-priorities-news').textContent).toBe('Parks is now number 1 of 3');
    // at the top "Move up" is off, so focus is on the same choice's "Move down"
    expect(document.activeElement).toBe(byId(element, 'wu-q-priorities-0-down'));

    byId(element, 'wu-q-priorities-1-down').click(); // Youth clubs below Jobs
    await settle();
    await element.updateComplete;
    expect(items(element)).toEqual(['Parks', 'Jobs and training', 'Youth clubs']);
    expect(document.activeElement).toBe(byId(element, 'wu-q-priorities-2-up'));

    (element.querySelector('button[type="submit"]') as HTMLElement).click();
    await settle();
    await element.updateComplete;
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.answers).toEqual({ priorities: 'parks jobs youth-clubs' });
  });

  test('"This order is right" keeps the order as shown; without it a required ranking is refused and nothing is written', async () => {
    await freshDevice('amara');
    const element = await shown();
    (element.querySelector('button[type="submit"]') as HTMLElement).click();
    await settle();
    await element.updateComplete;
    expect(await (await db()).count('outbox')).toBe(0);
    expect(element.querySelector('.wu-error-summary')?.textContent).toContain(
      'Put the choices for "Put these priorities in order" in your order',
    );
    expect(element.querySelector('.wu-error-summary a')?.getAttribute('href')).toBe('#wu-q-priorities-0-down');

    byId(element, 'wu-q-priorities-keep').click();
    await settle();
    await element.updateComplete;
    expect(byId(element, 'wu-q-priorities-news').textContent).toBe(
      'Your order is kept: 1. Youth clubs, 2. Parks, 3. Jobs and training',
    );
    (element.querySelector('button[type="submit"]') as HTMLElement).click();
    await settle();
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.answers).toEqual({ priorities: 'youth-clubs parks jobs' });
  });

  test('in Arabic the ranking reads in Arabic and is sent by value', async () => {
    await freshDevice('amara');
    await useLanguage(findLanguage('ar')!);
    const element = await shown();
    expect(items(element)).toEqual(['نوادي الشباب', 'الحدائق', 'الوظائف والتدريب']);
    byId(element, 'wu-q-priorities-2-up').click();
    await settle();
    await element.updateComplete;
    expect(byId(element, 'wu-q-priorities-news').textContent).toContain('الوظائف والتدريب');
    (element.querySelector('button[type="submit"]') as HTMLElement).click();
    await settle();
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.answers).toEqual({ priorities: 'youth-clubs jobs parks' });
  });

  test('a date, a scale, a number and a short text: refused at the field when wrong, sent as text when right', async () => {
    await freshDevice('amara');
    const element = await shown();
    byId(element, 'wu-q-priorities-keep').click();
    type(element, 'wu-q-since-day', '29');
    type(element, 'wu-q-since-month', '2');
    type(element, 'wu-q-since-year', '2023');
    type(element, 'wu-q-people', '2,5');
    type(element, 'wu-q-street', 'Fulham Palace Road');
    await element.updateComplete;
    (element.querySelector('button[type="submit"]') as HTMLElement).click();
    await settle();
    await element.updateComplete;
    expect(await (await db()).count('outbox')).toBe(0);
    const summary = element.querySelector('.wu-error-summary')?.textContent ?? '';
    expect(summary).toContain('"When did you join?" must be a real date, for example 27 3 2025');
    expect(summary).toContain('"How many came with you?" must be a number, like 3 or 2.5');
    expect(summary).toContain('"Your street" must be 12 characters or fewer');
    expect(element.querySelector('#wu-q-since-error')?.textContent).toContain('must be a real date');
    expect(byId(element, 'wu-q-since-day').getAttribute('aria-invalid')).toBe('true');

    type(element, 'wu-q-people', '21');
    await element.updateComplete;
    (element.querySelector('button[type="submit"]') as HTMLElement).click();
    await settle();
    await element.updateComplete;
    expect(element.querySelector('.wu-error-summary')?.textContent).toContain(
      '"How many came with you?" must be between 0 and 20',
    );

    type(element, 'wu-q-since-year', '2024');
    type(element, 'wu-q-people', '2.5');
    type(element, 'wu-q-street', 'Fulham Road');
    expect(byId(element, 'wu-q-felt-0').nextElementSibling?.textContent).toBe('1 – Not yet');
    expect(byId(element, 'wu-q-felt-2').nextElementSibling?.textContent).toBe('3');
    expect(byId(element, 'wu-q-felt-4').nextElementSibling?.textContent).toBe('5 – Really well');
    byId(element, 'wu-q-felt-3').click();
    await element.updateComplete;
    (element.querySelector('button[type="submit"]') as HTMLElement).click();
    await settle();
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.answers).toEqual({
      priorities: 'youth-clubs parks jobs',
      since: '2024-02-29',
      felt: '4',
      people: '2.5',
      street: 'Fulham Road',
    });
  });

  test('the date boxes make YYYY-MM-DD, and nothing when all are empty', () => {
    expect(dateAnswer('7', '3', '2025')).toBe('2025-03-07');
    expect(dateAnswer(' 27 ', '12', '2025')).toBe('2025-12-27');
    expect(dateAnswer('', '', '')).toBe('');
    expect(dateAnswer('7', '', '2025')).toBe('2025--07'); // incomplete: isDate refuses it
  });
});
