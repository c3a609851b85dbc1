/**
 * The equality section a form may carry (its definition's `equality: true`; sync/SPEC.md, "Equality information"):
 * the GOV.UK equality information pattern with the ONS Census 2021 categories, every question optional with "Prefer
 * not to say", why it is asked and the lawful basis on the page. Its questions and choices are sync/rules/rules.json
 * `equality` (the server reads the same), its words the bundles' `equality.*` keys. The answers go in the submission's
 * own `equality` object: the server keeps them apart from the answers and from the person.
 */
import { html, nothing, type TemplateResult } from 'lit';
import rules from '../../../sync/rules/rules.json';
import { t } from '../../i18n.js';

export interface EqualityQuestion {
  id: string;
  hint?: boolean;
  options: string[];
}

/** The section's questions, in order (rules.json). */
export const EQUALITY_QUESTIONS: readonly EqualityQuestion[] = rules.equality.questions;
/** What every equality question offers besides its choices. */
export const PREFER_NOT_TO_SAY: string = rules.equality.preferNotToSay;

/** A problem with an equality answer, as the server names it (sync/rules/equality.vectors.json). */
export interface EqualityProblem {
  questionId: string;
  code: 'not-an-option' | 'unknown-question';
}

/**
 * The same rule as the server's EqualitySection.check: each answer one of its question's choices or prefer-not-to-say
 * (left out, null or empty: not answered); problems in the section's order, then questions it does not have.
 */
export function validateEquality(equality: Record<string, unknown>): EqualityProblem[] {
  const problems: EqualityProblem[] = [];
  for (const q of EQUALITY_QUESTIONS) {
    const answer = equality[q.id];
    if (answer === undefined || answer === null || answer === '') continue;
    if (typeof answer !== 'string' || !(q.options.includes(answer) || answer === PREFER_NOT_TO_SAY)) {
      problems.push({ questionId: q.id, code: 'not-an-option' });
    }
  }
  for (const name of Object.keys(equality)) {
    if (!EQUALITY_QUESTIONS.some((q) => q.id === name)) problems.push({ questionId: name, code: 'unknown-question' });
  }
  return problems;
}

/** The answers given, in the section's order (what the submission carries; nothing when none was given). */
export function equalityToSend(equality: Record<string, string>): Record<string, string> | undefined {
  const given: Record<string, string> = {};
  for (const q of EQUALITY_QUESTIONS) if (equality[q.id]) given[q.id] = equality[q.id];
  return Object.keys(given).length ? given : undefined;
}

/**
 * The section as a part of <withus-form> (light DOM): a heading, why we ask, the lawful basis and how the answers are
 * kept, then a fieldset of radios per question, "Prefer not to say" last.
 */
export function equalitySection(
  answers: Record<string, string>,
  changed: (questionId: string, value: string) => void,
): TemplateResult {
  return html`<section class="wu-equality" aria-labelledby="wu-equality-heading">
    <h2 id="wu-equality-heading">${t('equality.heading')}</h2>
    <p>${t('equality.why')}</p>
    <p id="wu-equality-lawful-basis">${t('equality.lawfulBasis')}</p>
    <p>${t('equality.kept')}</p>
    ${EQUALITY_QUESTIONS.map((q) => {
      const id = `wu-eq-${q.id}`;
      const hintId = q.hint ? `${id}-hint` : undefined;
      const choices = [...q.options, PREFER_NOT_TO_SAY];
      return html`<div class="wu-form-group">
        <fieldset class="wu-fieldset" aria-describedby=${hintId ?? nothing}>
          <legend class="wu-legend">${t(`equality.${q.id}`)} ${t('form.optional')}</legend>
          ${hintId ? html`<p class="wu-hint" id=${hintId}>${t(`equality.${q.id}.hint`)}</p>` : nothing}
          <div class="wu-radios">
            ${choices.map(
              (value, i) => html`<div class="wu-radio">
                <input type="radio" id=${`${id}-${i}`} name=${`equality-${q.id}`} .value=${value}
                  .checked=${answers[q.id] === value} @change=${() => changed(q.id, value)} />
                <label for=${`${id}-${i}`}>${
                  value === PREFER_NOT_TO_SAY ? t('equality.preferNotToSay') : t(`equality.${q.id}.${value}`)
                }</label></div>`,
            )}
          </div>
        </fieldset></div>`;
    })}
  </section>`;
}
