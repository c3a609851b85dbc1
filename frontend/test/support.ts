import { db, resetDatabaseForTests, setMeta } from '../sync/db.js';
import type { Submission } from '../sync/protocol.js';

export const ACCOUNT = 'leon';
export const DEVICE = '3f2b8a64-6f3c-4a57-9d8e-2b7d5b0f4c11';

export async function freshDevice(account = ACCOUNT): Promise<void> {
  await resetDatabaseForTests();
  await (
    await db()
  ).put('accounts', {
    username: account,
    displayName: 'Leon Hart',
    deviceId: DEVICE,
    token: 'token-1',
    registeredAt: new Date().toISOString(),
  });
  await setMeta('currentAccount', account);
}

export function submission(
  answers: Record<string, string> = { service: 'repairs', rating: 'poor', contactConsent: 'yes' },
): Submission {
  return {
    id: crypto.randomUUID(),
    form: { key: 'leaseholder-service', version: 1 },
    capturedAt: '2026-11-20T09:30:00Z',
    mode: 'personal',
    answers,
  };
}

export async function outboxIds(): Promise<string[]> {
  return (await (await db()).getAllKeys('outbox')).map(String).sort();
}
