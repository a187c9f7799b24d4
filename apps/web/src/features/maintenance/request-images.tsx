import type { MaintenanceRequest, RequestImage } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { imageQuery, useAddImage } from './queries';

function Thumbnail({ image, onOpen }: { image: RequestImage; onOpen(): void }) {
  const { data: src } = useQuery(imageQuery(image.thumbnailUrl));
  return (
    <button type="button" className="thumbnail" onClick={onOpen} title={image.fileName}>
      {src ? <img src={src} alt={image.fileName} /> : <span className="muted small">Loading…</span>}
    </button>
  );
}

function FullImage({ image }: { image: RequestImage }) {
  const { data: src, error } = useQuery(imageQuery(image.url));
  if (error) return <ErrorBanner error={error} />;
  if (!src) return <p className="muted">Loading…</p>;
  return (
    <div className="stack">
      <img className="full-image" src={src} alt={image.fileName} />
      <a href={src} download={image.fileName}>
        Download {image.fileName}
      </a>
    </div>
  );
}

/** The request's photos as thumbnails (the full image opens above the page), and "Add photo". */
export function RequestImages({ request }: { request: MaintenanceRequest }) {
  const add = useAddImage();
  const [open, setOpen] = useState<RequestImage | null>(null);

  function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) add.mutate({ id: request.id, file });
  }

  return (
    <section aria-label="Photos">
      <h2 className="section-title">Photos</h2>
      <ErrorBanner error={add.error} />
      {request.images.length === 0 ? <p className="muted">No photos yet.</p> : null}
      <ul className="thumbnails">
        {request.images.map((image) => (
          <li key={image.id}>
            <Thumbnail image={image} onOpen={() => setOpen(image)} />
          </li>
        ))}
      </ul>
      <label className="button upload">
        {add.isPending ? 'Uploading…' : 'Add photo'}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          className="visually-hidden"
          disabled={add.isPending}
          onChange={upload}
        />
      </label>
      <Dialog title={open?.fileName ?? 'Photo'} open={open !== null} onClose={() => setOpen(null)}>
        {open ? <FullImage image={open} /> : null}
      </Dialog>
    </section>
  );
}
