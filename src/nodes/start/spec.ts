import { startData } from '../../dsl/node-data/start';
import { listOf, recordOf, SOURCE, textOf, type NodeSpec, type VarType } from '../node-spec';
import { jsonSchemaVars } from '../json-schema-vars';
import { outputVar } from '../json-schema-vars';

const INPUT_TYPES: Record<string, VarType> = {
  number: 'number', checkbox: 'boolean', file: 'file', 'file-list': 'array[file]', json_object: 'object',
};

function parsedSchema(schema: unknown): unknown {
  if (typeof schema !== 'string') return schema;
  try {
    return JSON.parse(schema) as unknown;
  } catch {
    return undefined;
  }
}

export const startSpec: NodeSpec = {
  type: 'start',
  title: 'User Input',
  classification: 'start',
  sort: 0.1,
  flowType: 'custom',
  schema: startData,
  defaults: () => ({ variables: [] }),
  outputs(data, ctx) {
    const out = listOf(data.variables).map(recordOf).filter((v) => textOf(v.variable)).map((v) => {
      const item = outputVar(textOf(v.variable), INPUT_TYPES[textOf(v.type)] ?? 'string');
      if (item.type === 'object') {
        const children = jsonSchemaVars(parsedSchema(v.json_schema));
        if (children.length > 0) item.children = children;
      }
      return item;
    });
    if (ctx.appMode === 'advanced-chat') out.push({ variable: 'sys.query', type: 'string' });
    out.push({ variable: 'sys.files', type: 'array[file]' });
    return out;
  },
  sourceHandles: () => SOURCE,
  hasTargetHandle: false,
  check: () => undefined,
  usedSelectors: () => [],
  errorStrategy: false,
  retry: false,
  singleton: true,
  isStart: true,
  appModes: ['workflow', 'advanced-chat'],
  runsLocally: true,
};
