import { NodeRunError, type NodeExecutor } from '../engine/node-executor';

/** Blocks that need Dify's server (tools, agents, knowledge bases, triggers): pin their outputs. */
export const notAvailableLocallyRun: NodeExecutor = async (data) => {
  const what = data.type === 'tool' ? `the tool ${String(data.tool_label ?? data.tool_name ?? '')}`.trim() : `a ${data.type} block`;
  throw new NodeRunError(
    `Not available locally: ${what} needs a Dify server. Pin its output to run this workflow in Flowpad.`,
    'NotAvailableLocally',
  );
};
