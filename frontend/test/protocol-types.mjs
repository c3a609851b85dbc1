// The TypeScript types of the sync protocol's messages, made from sync/schemas (json-schema-to-typescript), so
// the client's types cannot drift from the schemas the server's responses are validated against.
//   npm run protocol-types         writes frontend/sync/protocol-types.ts
//   npm run protocol-types:check   fails when that file is not what the schemas give (run by mvn verify)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { format } from 'prettier';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const SCHEMAS = here('../../sync/schemas/');
const TARGET = here('../sync/protocol-types.ts');
const MESSAGES = {
  'submission.schema.json': 'Submission',
  'push-request.schema.json': 'PushRequest',
  'push-response.schema.json': 'PushResponse',
  'pull-response.schema.json': 'PullResponse',
  'attachment-status.schema.json': 'AttachmentStatus',
  'form-definition.schema.json': 'FormDefinitionQuestions',
  'problem.schema.json': 'Problem',
  'ping-response.schema.json': 'PingResponse',
};

/** A reference to another message's schema becomes that message's type name. */
function refsToNames(node) {
  if (Array.isArray(node)) return node.forEach(refsToNames);
  if (node === null || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && MESSAGES[node.$ref]) {
    node.tsType = MESSAGES[node.$ref];
    delete node.$ref;
  }
  Object.values(node).forEach(refsToNames);
}

let text = '/* Made from sync/schemas by frontend/test/protocol-types.mjs (npm run protocol-types). Do not edit. */\n';
for (const [file, name] of Object.entries(MESSAGES)) {
  const schema = JSON.parse(await readFile(SCHEMAS + file, 'utf8'));
  const about = schema.title;
  delete schema.title; // the type's name is ours; the title becomes its comment
  delete schema.$id;
  refsToNames(schema);
  schema.description = [about, schema.description].filter(Boolean).join('\n\n');
  text += await compile(schema, name, {
    bannerComment: '',
    cwd: SCHEMAS,
    declareExternallyReferenced: file === 'form-definition.schema.json', // its LocalText ($defs) is declared too
    additionalProperties: false,
    format: false,
  });
}
const made = await format(text, { parser: 'typescript', printWidth: 120, singleQuote: true });

if (process.argv.includes('--write')) {
  await writeFile(TARGET, made);
} else {
  const held = await readFile(TARGET, 'utf8').catch(() => '');
  if (held !== made) {
    console.error('frontend/sync/protocol-types.ts is not what sync/schemas give: run npm run protocol-types');
    process.exit(1);
  }
}
