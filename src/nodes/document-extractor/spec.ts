import { documentExtractorData } from '../../dsl/node-data/document-extractor';
import { selectorOf, SOURCE, type NodeSpec } from '../node-spec';

export const documentExtractorSpec: NodeSpec = {
  type: 'document-extractor',
  title: 'Doc Extractor',
  classification: 'transform',
  sort: 4,
  flowType: 'custom',
  schema: documentExtractorData,
  defaults: () => ({ variable_selector: [], is_array_file: false }),
  outputs: (data) => [{ variable: 'text', type: data.is_array_file === true ? 'array[string]' : 'string' }],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check: (data) => (selectorOf(data.variable_selector).length === 0 ? 'Input variable is required' : undefined),
  usedSelectors: (data) => [selectorOf(data.variable_selector)].filter((s) => s.length > 0),
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};
