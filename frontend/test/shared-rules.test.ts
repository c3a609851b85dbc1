/**
 * The rules both sides apply, written once in sync/rules: the device's answers to their vectors. The server runs
 * the same vectors (SharedRulesVectorsTest).
 */
import { expect, test } from 'vitest';
import answerVectors from '../../sync/rules/answers.vectors.json';
import checksumVectors from '../../sync/rules/checksum.vectors.json';
import referenceVectors from '../../sync/rules/reference.vectors.json';
import equalityVectors from '../../sync/rules/equality.vectors.json';
import { validateEquality } from '../offline/equality/equality.js';
import { validateAnswers } from '../offline/withus-form.js';
import { checksumOf, type FormQuestion } from '../sync/protocol.js';
import { referenceOf } from '../sync/rules.js';

const expand = (text: string) =>
  text.replace(/\{\{repeat:(.):(\d+)\}\}/g, (_, c: string, n: string) => c.repeat(Number(n)));

for (const c of answerVectors.cases) {
  const sides = (c as { sides?: string[] }).sides;
  if (sides && !sides.includes('client')) continue;
  test(`answer rules: ${c.name}`, () => {
    const answers = JSON.parse(expand(JSON.stringify(c.answers))) as Record<string, string>;
    const problems = validateAnswers(answerVectors.questions as FormQuestion[], answers, {}).map(
      (p) => `${p.questionId} ${p.code}`,
    );
    expect(problems).toEqual(c.problems.map((p) => `${p.questionId} ${p.code}`));
  });
}

for (const c of equalityVectors.cases) {
  const sides = (c as { sides?: string[] }).sides;
  if (sides && !sides.includes('client')) continue;
  test(`equality rules: ${c.name}`, () => {
    const problems = validateEquality(c.equality as Record<string, unknown>).map((p) => `${p.questionId} ${p.code}`);
    expect(problems).toEqual(c.problems.map((p) => `${p.questionId} ${p.code}`));
  });
}

test('references', () => {
  for (const c of referenceVectors.cases) expect(referenceOf(c.id)).toBe(c.reference);
});

test('pull checksums', async () => {
  for (const c of checksumVectors.cases) expect(await checksumOf(c.items), c.name).toBe(c.checksum);
});
