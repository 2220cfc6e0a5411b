/** What a start card shows (2.1): its input variables, with their type. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, textOf } from '../node-spec';

const TYPE_LABELS: Record<string, string> = {
  'text-input': 'Text', paragraph: 'Paragraph', select: 'Select', number: 'Number', checkbox: 'Checkbox',
  file: 'File', 'file-list': 'File list', json_object: 'JSON', external_data_tool: 'API',
};

export interface StartInput {
  name: string;
  type: string;
  required: boolean;
}

export function startInputs(data: DslNodeData): StartInput[] {
  return listOf(data.variables).map(recordOf).map((v) => {
    const type = textOf(v.type);
    return { name: textOf(v.variable), type: Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type]! : type, required: v.required === true };
  });
}
