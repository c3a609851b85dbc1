/**
 * <withus-group-membership>: asking to join a public group and leaving a group go into the outbox as group-membership
 * submissions (the one capture path, so they work offline); a reason that is too long is refused with an error
 * summary and nothing is written; the person's request as the server has it (waiting, declined with its reason) is
 * shown in their language.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { findLanguage, useLanguage } from '../i18n.js';
import { db } from '../sync/db.js';
import { syncClient } from '../sync/sync-client.js';
import '../offline/groups/withus-group-membership.js';
import { freshDevice } from './support.js';

const FORM = {
  key: 'group-membership',
  version: 2,
  title: 'Join or leave a group',
  description: '',
  definition: {
    questions: [
      { id: 'group', type: 'reference', refers: 'group', label: { en: 'Group' }, required: true },
      {
        id: 'action',
        type: 'radios',
        label: { en: 'What would you like to do?' },
        required: true,
        options: ['join', 'leave'].map((value) => ({ value, label: { en: value } })),
      },
      { id: 'message', type: 'textarea', label: { en: 'Why' }, maxLength: 500 },
    ],
  },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

async function shown(attributes: Record<string, string>) {
  document.body.innerHTML = '';
  const element = document.createElement('withus-group-membership');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settle();
  await element.updateComplete;
  return element;
}

function click(element: HTMLElement, selector: string) {
  (element.querySelector(selector) as HTMLElement).click();
}

function type(element: HTMLElement, selector: string, value: string) {
  const field = element.querySelector(selector) as HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('joining and leaving a group', () => {
  afterEach(async () => {
    await useLanguage(findLanguage('en')!);
    document.body.innerHTML = '';
  });

  test('asking to join, with a reason, goes into the outbox and then shows as waiting', async () => {
    await freshDevice('marek');
    const element = await shown({
      'group-id': '12',
      'group-name': 'Co-production Matters',
      'can-ask': '',
      'form-json': JSON.stringify(FORM),
    });
    click(element, 'button');
    await element.updateComplete;
    type(element, '#wu-membership-12-message', '  I use the lifts every day. ');
    await element.updateComplete;
    click(element, 'button[type="submit"]');
    await settle();
    await element.updateComplete;
    const [item, ...more] = await (await db()).getAll('outbox');
    expect(more).toHaveLength(0);
    expect(item.submission?.form).toEqual({ key: 'group-membership', version: 2 });
    expect(item.submission?.answers).toEqual({ group: '12', action: 'join', message: 'I use the lifts every day.' });
    expect(element.textContent).toContain('Your request to join is waiting for an answer');
    expect(element.textContent).toContain('Saved on this phone');

    // once the council's receipt has taken it out of the outbox, the page no longer says it waits on the phone
    await (await db()).delete('outbox', item.id);
    syncClient().dispatchEvent(new CustomEvent('sync-done', { detail: {} }));
    await settle();
    await element.updateComplete;
    expect(element.textContent).not.toContain('Saved on this phone');
    expect(element.textContent).toContain('The council has your request.');
  });

  test('a reason over 500 characters writes nothing and is summarised and shown at the field', async () => {
    await freshDevice('marek');
    const element = await shown({ 'group-id': '12', 'can-ask': '', 'form-json': JSON.stringify(FORM) });
    click(element, 'button');
    await element.updateComplete;
    type(element, '#wu-membership-12-message', 'x'.repeat(501));
    await element.updateComplete;
    click(element, 'button[type="submit"]');
    await settle();
    await element.updateComplete;
    expect(await (await db()).count('outbox')).toBe(0);
    expect(element.querySelector('.wu-error-summary')?.textContent).toContain('500 characters or fewer');
    expect(element.querySelector('#wu-membership-12-message-error')?.textContent).toContain('500 characters or fewer');
    expect(element.querySelector('#wu-membership-12-message')?.getAttribute('aria-invalid')).toBe('true');
  });

  test('a member leaves after confirming, and the leaving goes into the outbox', async () => {
    await freshDevice('amara');
    const element = await shown({
      'group-id': '3',
      'group-name': 'Digital Accessibility Group',
      member: '',
      'form-json': JSON.stringify(FORM),
    });
    click(element, 'button');
    await element.updateComplete;
    expect(await (await db()).count('outbox')).toBe(0); // only asked to confirm
    expect(element.textContent).toContain('Do you want to leave Digital Accessibility Group?');
    click(element, '.wu-actions button');
    await settle();
    await element.updateComplete;
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.answers).toEqual({ group: '3', action: 'leave' });
    expect(element.textContent).toContain('You asked to leave this group');
  });

  test('a waiting request can be withdrawn: a leave goes into the outbox and the page says it is withdrawn', async () => {
    await freshDevice('marek');
    const element = await shown({
      'group-id': '12',
      'group-name': 'Co-production Matters',
      'form-json': JSON.stringify(FORM),
      'request-json': JSON.stringify({ status: 'waiting', askedAt: '2026-11-20T09:00:00Z' }),
    });
    expect(element.textContent).toContain('You asked on 20 November 2026.');
    click(element, 'button');
    await settle();
    await element.updateComplete;
    const [item, ...more] = await (await db()).getAll('outbox');
    expect(more).toHaveLength(0);
    expect(item.submission?.answers).toEqual({ group: '12', action: 'leave' });
    expect(element.textContent).toContain('You withdrew your request');
    expect(element.textContent).not.toContain('waiting for an answer');
  });

  test('a declined request shows its reason in the reader’s language, and the person may ask again', async () => {
    await freshDevice('marek');
    await useLanguage(findLanguage('ar')!);
    const element = await shown({
      'group-id': '12',
      'can-ask': '',
      'form-json': JSON.stringify(FORM),
      'request-json': JSON.stringify({
        status: 'declined',
        reason: 'The group is full until April.',
        askedAt: '2026-11-20T09:00:00Z',
        decidedAt: '2026-11-22T09:00:00Z',
      }),
    });
    expect(element.textContent).toContain('لم يُقبل طلب انضمامك');
    expect(element.textContent).toContain('The group is full until April.');
    expect(element.querySelector('button')?.textContent).toContain('اطلب الانضمام إلى هذه المجموعة');
  });
  test('an invitation is answered with Yes or No, each into the outbox, and says what was answered until the pull does', async () => {
    await freshDevice('amara');
    const invitation = JSON.stringify({
      status: 'waiting',
      role: 'CO_CHAIR',
      message: 'We would love you to chair with Priya.',
      invitedAt: '2026-12-01T10:00:00Z',
    });
    const element = await shown({
      'group-id': '7',
      'group-name': 'Housing Strategy Group',
      'invitation-json': invitation,
      'form-json': JSON.stringify(FORM),
    });
    const group = element.querySelector('[role="group"]')!;
    expect(group.textContent).toContain('You are invited to join this group.');
    expect(group.textContent).toContain('The part you would play: Co-chair');
    expect(group.textContent).toContain('We would love you to chair with Priya.');
    expect(group.textContent).toContain('1 December 2026');
    const buttons = [...group.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(buttons).toEqual(['Yes, join the group', 'No, thank you']);

    click(element, '.wu-button-primary');
    await settle();
    await element.updateComplete;
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.form.key).toBe('group-membership');
    expect(item.submission?.answers).toEqual({ group: '7', action: 'join' });
    const status = element.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('You said yes to joining.');
    expect(status.textContent).toContain('Saved on this phone');
    expect(document.activeElement).toBe(status);

    // the next pull: a member, the invitation accepted – the usual member's choices
    element.invitation = { ...JSON.parse(invitation), status: 'accepted', answeredAt: new Date().toISOString() };
    element.member = true;
    await element.updateComplete;
    expect(element.textContent).not.toContain('You said yes');
    expect(element.querySelector('button')?.textContent?.trim()).toBe('Leave this group');
  });

  test('No, thank you declines through the outbox; in Arabic the invitation is in Arabic', async () => {
    await freshDevice('amara');
    await useLanguage(findLanguage('ar')!);
    const element = await shown({
      'group-id': '7',
      'group-name': 'Housing Strategy Group',
      'invitation-json': JSON.stringify({ status: 'waiting', role: 'RESIDENT', invitedAt: '2026-12-01T10:00:00Z' }),
      'form-json': JSON.stringify(FORM),
    });
    expect(element.textContent).toContain('أنت مدعو للانضمام إلى هذه المجموعة.');
    click(element, '.wu-button-secondary');
    await settle();
    await element.updateComplete;
    const [item] = await (await db()).getAll('outbox');
    expect(item.submission?.answers).toEqual({ group: '7', action: 'leave' });
    expect(element.querySelector('[role="status"]')?.textContent).toContain('قلت لا للدعوة.');
  });
});
