/** HTTP request card: method and URL (references shown as chips). */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, Tag } from '../../canvas/card/card-parts';
import { TextPreview } from '../../canvas/card/TextPreview';
import { requestLine } from './summary';

export function HttpRequestCard({ data }: CardBodyProps) {
  const { method, url } = requestLine(data);
  return (
    <CardBody>
      <div className="flex min-w-0 items-center gap-1.5" data-testid="card-http">
        <Tag tone="violet">{method}</Tag>
        <div className="min-w-0 flex-1"><TextPreview text={url} empty="No URL" /></div>
      </div>
    </CardBody>
  );
}
