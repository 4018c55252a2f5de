import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectJsonSchema, scenarioJsonSchema } from '../../models/jsonSchema';

describe('the published JSON Schemas', () => {
  it.each([
    ['docs/scenario.schema.json', scenarioJsonSchema],
    ['docs/project.schema.json', projectJsonSchema],
  ])('%s is up to date with the zod schemas (npm run gen:schema)', (path, make) => {
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(make())));
  });
});
