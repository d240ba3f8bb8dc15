import { useId, useState, type FormEvent } from 'react';
import { TextAreaField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormErrors } from '@/hooks/use-form-errors';
import { errorMessage } from '@/lib/api-client';
import { focusFirstInvalid } from '@/lib/focus';
import { REVIEW_MAX_LENGTH, useRateBooking } from '../api/rate-booking';

/** Rating a completed visit: 1–5 stars and an optional review. Shown only where the API allows it. */
export function RatingForm({ bookingId, onRated }: { bookingId: string; onRated?: () => void }) {
  const [stars, setStars] = useState(0);
  const [review, setReview] = useState('');
  const rate = useRateBooking(bookingId, onRated);
  const name = useId();
  const errors = useFormErrors({
    checks: {
      stars: (stars < 1 || stars > 5) && 'Choose from 1 to 5 stars.',
      review: review.length > REVIEW_MAX_LENGTH && `Keep the review to ${REVIEW_MAX_LENGTH} characters.`,
    },
    values: { stars, review },
    error: rate.error,
    subjects: { stars: 'The rating', review: 'The review' },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = errors.validate();
    if (Object.keys(found).length > 0) focusFirstInvalid(event.currentTarget);
    if (Object.keys(found).length > 0 || rate.isPending) return;
    rate.mutate({ stars, ...(review.trim() ? { review: review.trim() } : {}) });
  };

  const starsError = errors.field('stars');

  return (
    <form className="form rating-form" onSubmit={submit} noValidate aria-label="Rate this visit" data-testid="rating-form">
      <fieldset className="star-picker" aria-describedby={starsError ? `${name}-error` : undefined}>
        <legend>How was the visit?</legend>
        <div className="star-picker__options">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className={value <= stars ? 'star-picker__star star-picker__star--on' : 'star-picker__star'}>
              <input
                type="radio"
                name={name}
                value={value}
                checked={stars === value}
                onChange={() => setStars(value)}
                aria-label={value === 1 ? '1 star' : `${value} stars`}
                aria-invalid={Boolean(starsError)}
              />
              <span aria-hidden="true">★</span>
            </label>
          ))}
        </div>
        {starsError && (
          <p id={`${name}-error`} className="field__error">
            {starsError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Review (optional)"
        name="review"
        rows={3}
        value={review}
        onChange={(e) => setReview(e.target.value)}
        error={errors.field('review')}
        hint={`${review.length} / ${REVIEW_MAX_LENGTH} characters`}
      />
      <FormError message={rate.error && !errors.serverNamedFields ? errorMessage(rate.error, 'your rating was not sent') : null} />
      <button type="submit" className="button" disabled={rate.isPending}>
        {rate.isPending ? 'Sending…' : 'Submit rating'}
      </button>
    </form>
  );
}
