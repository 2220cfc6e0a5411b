/** Code (dify-dsl.md 2.8): user code in python3 or javascript with declared outputs. */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { codeData } from '../../dsl/node-data/code';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type OutputVar } from '../node-spec';

export const CODE_LANGUAGES = ['python3', 'javascript'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** The code a new node starts with (Dify's server default block config), per language. */
export const DEFAULT_CODE: Record<CodeLanguage, string> = {
  python3: 'def main(arg1: str, arg2: str) -> dict:\n    return {\n        "result": arg1 + arg2,\n    }\n',
  javascript: 'function main({arg1, arg2}) {\n    return {\n        result: arg1 + arg2\n    }\n}\n',
};

/** Declared outputs in their written order: `{name: {type, children}}`. */
export function codeOutputs(data: DslNodeData): OutputVar[] {
  return Object.entries(recordOf(data.outputs)).map(([variable, declared]) => ({
    variable,
    type: textOf(recordOf(declared).type) || 'string',
  }));
}

/** The first unnamed or unbound input variable, as the checklist words it. */
export function codeVariableProblem(variables: unknown): string | undefined {
  for (const [i, v] of listOf(variables).entries()) {
    const binding = recordOf(v);
    const name = textOf(binding.variable);
    if (!name) return `Input variable ${i + 1} has no name`;
    if (selectorOf(binding.value_selector).length === 0) return `Input variable '${name}' is not bound to a value`;
  }
  return undefined;
}

export const codeSpec: NodeSpec = {
  type: 'code',
  title: 'Code',
  classification: 'transform',
  sort: 1,
  flowType: 'custom',
  schema: codeData,
  defaults: () => ({
    variables: [{ variable: 'arg1', value_selector: [] }, { variable: 'arg2', value_selector: [] }],
    code_language: 'python3',
    code: DEFAULT_CODE.python3,
    outputs: { result: { type: 'string', children: null } },
  }),
  outputs: (data) => codeOutputs(data),
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    const problem = codeVariableProblem(data.variables);
    if (problem) return problem;
    const language = textOf(data.code_language);
    if (!language) return 'Code language is required';
    if (!(CODE_LANGUAGES as readonly string[]).includes(language)) {
      return `Code language '${language}' cannot run; use python3 or javascript`;
    }
    if (!textOf(data.code).trim()) return 'Code is required';
    return undefined;
  },
  usedSelectors: (data): ValueSelector[] =>
    listOf(data.variables).map((v) => selectorOf(recordOf(v).value_selector)).filter((s) => s.length > 0),
  errorStrategy: true,
  retry: true,
  runsLocally: true,
};
