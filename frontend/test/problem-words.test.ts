import { html, render } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { findLanguage, hasTranslation, useLanguage } from '../i18n.js';
import { problemWords } from '../offline/withus-outbox.js';
import answerVectors from '../../sync/rules/answers.vectors.json';

const vectors = import.meta.glob<unknown>('../../sync/vectors/*.json', { import: 'default', eager: true });

afterEach(async () => useLanguage(findLanguage('en')!));

/** Every problem code a receipt carries in the conformance vectors (items refused or quarantined). */
function receiptCodes(node: unknown, codes: Set<string>) {
  if (Array.isArray(node)) node.forEach((n) => receiptCodes(n, codes));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.status === 'string' && Array.isArray(o.problems))
      for (const p of o.problems as Array<{ code?: string }>) if (p.code) codes.add(p.code);
    Object.values(o).forEach((v) => receiptCodes(v, codes));
  }
}

test('every problem code a receipt can carry has words in the bundles', () => {
  const codes = new Set<string>();
  Object.values(vectors).forEach((v) => receiptCodes(v, codes));
  answerVectors.cases.forEach((c) => c.problems.forEach((p) => codes.add(p.code)));
  expect(codes.size).toBeGreaterThan(10);
  for (const code of codes) expect(hasTranslation(`sync.code.${code}`), code).toBe(true);
});

test("a server problem is worded from its code in the reader's language; an unknown code keeps the server's words, marked English", async () => {
  await useLanguage(findLanguage('ar')!);
  const list = document.createElement('ul');
  render(
    html`${problemWords('not-an-option', "'Other' is not one of the choices")}${problemWords('new-code', 'Server words')}`,
    list,
  );
  const [known, unknown] = list.querySelectorAll('li');
  expect(known.textContent).toBe('إجابة ليست من الخيارات');
  expect(known.hasAttribute('lang')).toBe(false);
  expect(unknown.textContent).toBe('Server words');
  expect(unknown.getAttribute('lang')).toBe('en');
});
