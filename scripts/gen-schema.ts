// Writes the published JSON Schemas from the zod schemas: `npm run gen:schema`.
import { writeFileSync } from 'node:fs';
import { projectJsonSchema, scenarioJsonSchema } from '../models/jsonSchema';

const files: [string, Record<string, unknown>][] = [
  ['docs/scenario.schema.json', scenarioJsonSchema()],
  ['docs/project.schema.json', projectJsonSchema()],
];
for (const [path, schema] of files) {
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
