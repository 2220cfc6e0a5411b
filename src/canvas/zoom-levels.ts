/** The canvas's zoom range and steps (dify-dsl.md 6.9): 0.25 to 2, the menu's presets, 0.1 per step. */
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 2;
export const ZOOM_PRESETS = [2, 1, 0.75, 0.5, 0.25] as const;

const clamp = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** The zoom one step in (`+1`) or out (`-1`) by 0.1, clamped; rounded so steps land on tenths. */
export function zoomStep(zoom: number, direction: 1 | -1): number {
  return clamp(Math.round((zoom + direction * 0.1) * 100) / 100);
}
