/**
 * ELK settings for "Organize", as Dify's editor uses them (dify-dsl.md 6.7): one set for the top
 * level, one for the children of an iteration or loop.
 */
import type { LayoutOptions } from 'elkjs/lib/elk-api';

/** Size given to a node that was never measured (no width/height in the file). */
export const DEFAULT_NODE_SIZE = { width: 244, height: 100 } as const;
/** Padding between a container's border and its laid-out children, on every side. */
export const CONTAINER_PADDING = 60;
/** Vertical gap kept between nodes of one layer when they are centred (the ELK node spacing). */
export const TOP_LEVEL_NODE_SPACING = 80;
/** Viewport Dify sets after organizing. */
export const ORGANIZED_VIEWPORT = { x: 0, y: 0, zoom: 0.7 } as const;

export const TOP_LEVEL_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '100',
  'elk.spacing.nodeNode': String(TOP_LEVEL_NODE_SPACING),
  'elk.spacing.edgeNode': '50',
  'elk.spacing.edgeEdge': '30',
  'elk.spacing.componentComponent': '100',
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  'elk.separateConnectedComponents': 'true',
  'elk.contentAlignment': 'V_TOP H_LEFT',
  'elk.edgeRouting': 'SPLINES',
};

export const CHILD_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '60',
  'elk.spacing.edgeNode': '40',
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  'elk.layered.thoroughness': '10',
  'elk.edgeRouting': 'SPLINES',
};

/** Block types whose branches leave from named handles whose order must survive the layout. */
export const BRANCH_TYPES: ReadonlySet<string> = new Set(['if-else', 'question-classifier', 'human-input']);
