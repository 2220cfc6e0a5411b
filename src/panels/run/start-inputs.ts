/** The run form's fields, from the start node's variables (dify-dsl.md 2.1). */
import type { DslDocument } from '../../dsl';
import { listOf, recordOf } from '../../nodes/node-spec';

export interface InputField {
  name: string;
  label: string;
  kind: 'text' | 'paragraph' | 'number' | 'select' | 'checkbox' | 'json' | 'unsupported';
  required: boolean;
  options: string[];
  /** The original Dify input type, for unsupported ones (files). */
  type: string;
}

const KINDS: Record<string, InputField['kind']> = {
  'text-input': 'text', paragraph: 'paragraph', number: 'number', select: 'select', checkbox: 'checkbox', json_object: 'json',
};

export function startInputFields(doc: DslDocument): InputField[] {
  const start = doc.workflow.graph.nodes.find((n) => n.data.type === 'start' && !n.parentId);
  const fields: InputField[] = listOf(start?.data.variables).map(recordOf).filter((v) => typeof v.variable === 'string' && v.variable).map((v) => ({
    name: String(v.variable),
    label: typeof v.label === 'string' && v.label ? v.label : String(v.variable),
    kind: KINDS[String(v.type ?? 'text-input')] ?? 'unsupported',
    required: v.required !== false,
    options: listOf<unknown>(v.options).map(String),
    type: String(v.type ?? 'text-input'),
  }));
  if (doc.app.mode === 'advanced-chat') fields.unshift({ name: 'sys.query', label: 'Message (sys.query)', kind: 'paragraph', required: true, options: [], type: 'paragraph' });
  return fields;
}

/** Form text -> typed inputs; a field left empty is left out (the start node applies defaults). */
export function toInputs(fields: InputField[], values: Record<string, string | boolean>): { inputs: Record<string, unknown>; error?: string } {
  const inputs: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = values[f.name];
    if (f.kind === 'checkbox') {
      inputs[f.name] = raw === true;
      continue;
    }
    if (typeof raw !== 'string' || raw === '') continue;
    if (f.kind === 'json') {
      try {
        inputs[f.name] = JSON.parse(raw);
      } catch {
        return { inputs, error: `${f.label}: not valid JSON` };
      }
    } else inputs[f.name] = raw; // numbers stay text: the start node coerces them as Dify does
  }
  return { inputs };
}
