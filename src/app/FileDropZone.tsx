/**
 * Around the canvas: a DSL file dropped here is imported through the import flow, with a "Drop to
 * import" overlay while files are dragged over. Only drags that carry files count: the palette's
 * blocks use their own data type and pass through untouched.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { importDroppedFiles } from './import-flow';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function FileDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  /** dragenter/dragleave fire for every child crossed: count them to know when the drag really left. */
  const depth = useRef(0);
  const leave = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <div
      data-testid="canvas-drop-zone"
      className="relative min-w-0 flex-1"
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        depth.current -= 1;
        if (depth.current <= 0) leave();
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        leave();
        importDroppedFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {over && (
        <div data-testid="drop-overlay" className="pointer-events-none absolute inset-2 z-30 flex items-center justify-center rounded-xl border-2 border-dashed border-blue-400 bg-blue-50/80">
          <span className="rounded-lg bg-white px-4 py-2 text-sm font-medium text-blue-700 shadow">Drop to import a Dify DSL file (.yml)</span>
        </div>
      )}
    </div>
  );
}
