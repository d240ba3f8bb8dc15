import { FormError } from '@/components/ui/form-error';
import { Stars } from '@/components/ui/stars';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useProviderRatings } from '../api/get-provider-ratings';
import { RatingNews } from './rating-news';

/**
 * A provider's average rating, how many patients gave one, and the latest reviews; a rating given while
 * the page is open arrives on the job stream and is said above them.
 */
export function RatingSummary({ providerId }: { providerId: string }) {
  return (
    <>
      <RatingNews providerId={providerId} />
      <RatingFigures providerId={providerId} />
    </>
  );
}

function RatingFigures({ providerId }: { providerId: string }) {
  const ratings = useProviderRatings(providerId);
  if (ratings.isPending) return <p className="muted">Loading ratings…</p>;
  if (ratings.isError) return <FormError message={`Ratings could not be loaded. ${errorMessage(ratings.error)}`} />;
  const { average, count, items } = ratings.data;
  return (
    <div data-testid="rating-summary" data-average={average ?? ''} data-count={count}>
      {count === 0 || average === null ? (
        <p className="empty">No ratings yet.</p>
      ) : (
        <p className="rating-summary__headline">
          <Stars value={average} /> <strong>{average.toFixed(1)}</strong> average from {count} {count === 1 ? 'rating' : 'ratings'}
        </p>
      )}
      {items.length > 0 && (
        <ul className="list list--compact" aria-label="Latest reviews">
          {items.map((rating) => (
            <li key={rating.id} className="review">
              <Stars value={rating.stars} />
              {rating.review ? <q>{rating.review}</q> : <span className="muted">No written review</span>}
              <span className="muted">{formatDateTime(rating.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
