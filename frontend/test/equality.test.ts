/**
 * The equality section of <withus-form> (sync/SPEC.md, "Equality information"): shown only on a form that carries it,
 * after the form's own questions, with why it is asked and the lawful basis; every question optional with "Prefer not
 * to say"; the answers leave in the submission's own `equality` object (never among the answers), nothing when none is
 * given; in Arabic its words are Arabic; and a fresh form for the next person shows nothing of the last one's.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { findLanguage, useLanguage } from '../i18n.js';
import { db } from '../sync/db.js';
import type { WithUsForm } from '../offline/withus-form.js';
import '../offline/withus-form.js';
import { freshDevice } from './support.js';

const FORM = {
  key: 'fun-day',
  version: 1,
  title: 'Fun day feedback',
  description: '',
  definition: {
    title: { en: 'Fun day feedback' },
    equality: true,
    questions: [{ id: 'rating', type: 'scale', label: { en: 'How was the day?' }, required: true }],
  },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

async function shown(form: object = FORM) {
  document.body.innerHTML = '';
  const element = document.createElement('withus-form');
  element.setAttribute('form-json', JSON.stringify(form));
  document.body.append(element);
  await settle();
  await element.updateComplete;
  return element;
}

const byId = <T extends HTMLElement>(element: HTMLElement, id: string) => element.querySelector<T>(`#${id}`)!;
const labelOf = (element: HTMLElement, id: string) => element.querySelector(`label[for="${id}"]`)?.textContent?.trim();

async function send(element: WithUsForm) {
  (element.querySelector('button[type="submit"]') as HTMLElement).click();
  await settle();
  await element.updateComplete;
  return (await (await db()).getAll('outbox')).map((item) => item.submission);
}

describe('the equality section', () => {
  afterEach(async () => {
    await useLanguage(findLanguage('en')!);
    document.body.innerHTML = '';
  });

  test('comes after the questions with why and the lawful basis, and its answers leave apart from the answers', async () => {
    await freshDevice('amara');
    const element = await shown();
    const section = element.querySelector('section.wu-equality')!;
    expect(section.querySelector('h2')?.textContent).toBe('Equality information (optional)');
    expect(section.textContent).toContain('Data Protection Act 2018, Schedule 1, paragraph 8');
    expect(section.textContent).toContain('kept apart from your name');
    // after the form's own question
    const rating = byId(element, 'wu-q-rating-0');
    expect(rating.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // eight questions, each optional, each with Prefer not to say last
    const legends = [...section.querySelectorAll('legend')].map((l) => l.textContent?.trim());
    expect(legends).toHaveLength(8);
    expect(legends[0]).toBe('What is your age? (optional)');
    expect(labelOf(element, 'wu-eq-ageBand-8')).toBe('Prefer not to say');
    expect(labelOf(element, 'wu-eq-sex-2')).toBe('Prefer not to say');
    expect(byId(element, 'wu-eq-carer-0').closest('fieldset')?.getAttribute('aria-describedby')).toBe(
      'wu-eq-carer-hint',
    );

    byId(element, 'wu-q-rating-3').click(); // 4
    byId(element, 'wu-eq-ageBand-2').click(); // 25 to 34
    byId(element, 'wu-eq-religion-8').click(); // prefer not to say
    await element.updateComplete;
    const [submission] = await send(element);
    expect(submission?.answers).toEqual({ rating: '4' });
    expect(submission?.equality).toEqual({ ageBand: '25-34', religion: 'prefer-not-to-say' });
  });

  test('nothing chosen sends no equality at all, and the next person starts with nothing chosen', async () => {
    await freshDevice('amara');
    const element = await shown();
    byId(element, 'wu-eq-disability-0').click();
    (element as WithUsForm).reset(); // as the next person's fresh form on a shared device
    await element.updateComplete;
    expect([...element.querySelectorAll<HTMLInputElement>('section.wu-equality input')].some((i) => i.checked)).toBe(
      false,
    );
    byId(element, 'wu-q-rating-0').click();
    await element.updateComplete;
    const [submission] = await send(element);
    expect(submission).toBeDefined();
    expect(submission && 'equality' in submission).toBe(false);
  });

  test('a form without the section shows none, and in Arabic the section is in Arabic', async () => {
    await freshDevice('amara');
    const plain = await shown({ ...FORM, definition: { ...FORM.definition, equality: undefined } });
    expect(plain.querySelector('section.wu-equality')).toBeNull();
    await useLanguage(findLanguage('ar')!);
    const element = await shown();
    expect(element.querySelector('section.wu-equality h2')?.textContent).toBe('معلومات المساواة (اختياري)');
    expect(labelOf(element, 'wu-eq-ageBand-8')).toBe('أفضّل عدم الإجابة');
  });
});
