/**
 * <withus-meeting-reply>: a member's reply and access needs go into the outbox as a meeting-reply submission (the one
 * capture path, so it works offline), a missing answer is refused with an error summary and nothing is written, and
 * the reply shown is the device's own until the server's (from the pull) is as new.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { findLanguage, useLanguage } from '../i18n.js';
import { db } from '../sync/db.js';
import { syncClient } from '../sync/sync-client.js';
import '../offline/meetings/withus-meeting-reply.js';
import { freshDevice } from './support.js';

const FORM = {
  key: 'meeting-reply',
  version: 4,
  title: 'Reply to a meeting',
  description: '',
  definition: {
    questions: [
      { id: 'meeting', type: 'reference', refers: 'meeting', label: { en: 'Meeting' }, required: true },
      {
        id: 'attending',
        type: 'radios',
        label: { en: 'Are you coming?' },
        required: true,
        options: ['yes', 'online', 'no'].map((value) => ({ value, label: { en: value } })),
      },
      {
        id: 'needs',
        type: 'checkboxes',
        label: { en: 'Needs' },
        options: [
          'interpreter',
          'bsl',
          'captions',
          'easy-read',
          'large-print',
          'travel-costs',
          'support-worker',
          'quiet-room',
        ].map((value) => ({ value, label: { en: value } })),
      },
      { id: 'otherNeeds', type: 'textarea', label: { en: 'Other' }, maxLength: 500 },
    ],
  },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

async function shown(attributes: Record<string, string>) {
  document.body.innerHTML = '';
  const element = document.createElement('withus-meeting-reply');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settle();
  await element.updateComplete;
  return element;
}

function click(element: HTMLElement, selector: string) {
  (element.querySelector(selector) as HTMLElement).click();
}

describe('replying to a meeting', () => {
  afterEach(async () => {
    await useLanguage(findLanguage('en')!);
    document.body.innerHTML = '';
  });

  test('the reply and the needs chosen go into the outbox by value, in the form version given', async () => {
    await freshDevice('amara');
    const element = await shown({
      'meeting-id': '7',
      'meeting-label': 'Tuesday 8 December',
      'form-json': JSON.stringify(FORM),
    });
    click(element, 'button');
    await element.updateComplete;
    click(element, '#wu-reply-7-attending-0');
    click(element, '#wu-reply-7-need-easy-read');
    click(element, '#wu-reply-7-need-bsl');
    await element.updateComplete;
    click(element, 'button[type="submit"]');
    await settle();
    await element.updateComplete;
    const [item, ...more] = await (await db()).getAll('outbox');
    expect(more).toHaveLength(0);
    expect(item.submission?.form).toEqual({ key: 'meeting-reply', version: 4 });
    expect(item.submission?.answers).toEqual({ meeting: '7', attending: 'yes', needs: 'bsl easy-read' });
    expect(element.textContent).toContain("Your reply: I'll come.");
    expect(element.textContent).toContain('A BSL interpreter, Easy read papers');
    expect(element.textContent).toContain('Saved on this phone');

    // the council's receipt takes it out of the outbox: the page stops saying it waits on the phone
    await (await db()).delete('outbox', item.id);
    syncClient().dispatchEvent(new CustomEvent('sync-done', { detail: {} }));
    await settle();
    await element.updateComplete;
    expect(element.textContent).not.toContain('Saved on this phone');
    expect(element.textContent).toContain('The organisers have your reply.');
  });

  test('without an answer to "Are you coming?" nothing is written and the error is summarised and at the field', async () => {
    await freshDevice('amara');
    const element = await shown({ 'meeting-id': '7', 'form-json': JSON.stringify(FORM) });
    click(element, 'button');
    await element.updateComplete;
    click(element, 'button[type="submit"]');
    await settle();
    await element.updateComplete;
    expect(await (await db()).count('outbox')).toBe(0);
    expect(element.querySelector('.wu-error-summary')?.textContent).toContain('Select whether you are coming');
    expect(element.querySelector('#wu-reply-7-attending-error')?.textContent).toContain(
      'Select whether you are coming',
    );
    expect(document.activeElement).toBe(element.querySelector('.wu-error-summary'));
  });

  test('the reply the server says counts is shown, in the reader’s language, and can be changed', async () => {
    await freshDevice('amara');
    await useLanguage(findLanguage('ar')!);
    const element = await shown({
      'meeting-id': '7',
      'form-json': JSON.stringify(FORM),
      'reply-json': JSON.stringify({ attending: 'online', needs: ['captions'], repliedAt: '2026-11-30T10:00:00Z' }),
    });
    expect(element.textContent).toContain('سأنضم عبر الإنترنت');
    expect(element.textContent).toContain('ترجمة نصية مباشرة');
    expect(element.textContent).not.toContain('محفوظ على هذا الهاتف');
    click(element, 'button');
    await element.updateComplete;
    expect((element.querySelector('#wu-reply-7-attending-1') as HTMLInputElement).checked).toBe(true);
    expect((element.querySelector('#wu-reply-7-need-captions') as HTMLInputElement).checked).toBe(true);
  });

  test('a need an organiser has arranged is told to the person, and none is while their own newer reply waits', async () => {
    await freshDevice('amara');
    const server = {
      attending: 'yes',
      needs: ['bsl', 'easy-read'],
      arranged: ['bsl'],
      repliedAt: '2026-11-30T10:00:00Z',
    };
    const element = await shown({
      'meeting-id': '7',
      'form-json': JSON.stringify(FORM),
      'reply-json': JSON.stringify(server),
    });
    expect(element.textContent).toContain('Arranged for you: A BSL interpreter');
    expect(element.textContent).not.toContain('Arranged for you: A BSL interpreter, Easy read papers');

    const none = await shown({
      'meeting-id': '7',
      'form-json': JSON.stringify(FORM),
      'reply-json': JSON.stringify({ ...server, arranged: [] }),
    });
    expect(none.textContent).not.toContain('Arranged for you');
  });
});
