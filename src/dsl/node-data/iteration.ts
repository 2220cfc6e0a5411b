import { baseNodeDataShape, bool, loose, num, optionalSelector, str, varTypeText } from '../schema/common';

/** iteration: runs its children once per item of `iterator_selector`, collecting `output_selector`. */
export const iterationData = loose({
  ...baseNodeDataShape,
  start_node_id: str.nullish(),
  iterator_selector: optionalSelector,
  iterator_input_type: varTypeText.nullish(),
  output_selector: optionalSelector,
  output_type: varTypeText.nullish(),
  is_parallel: bool.nullish(),
  parallel_nums: num.nullish(),
  error_handle_mode: str.nullish(),
  flatten_output: bool.nullish(),
  width: num.nullish(),
  height: num.nullish(),
  /** Pre-0.1.2 files: the React Flow type of the first child. */
  startNodeType: str.nullish(),
});
