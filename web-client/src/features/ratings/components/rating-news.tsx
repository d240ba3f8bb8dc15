import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { dismissRatingNews, ratingKeys, type RatingNews as News } from '../utils/rating-cache';

/**
 * The newest rating that arrived while the page was open ("Paula rated your visit 5 stars."), until
 * dismissed. The region is always there, so that a screen reader reads the news as it arrives.
 */
export function RatingNews({ providerId }: { providerId: string }) {
  const queryClient = useQueryClient();
  const news = useQuery<News | null>({ queryKey: ratingKeys.news(providerId), queryFn: skipToken, staleTime: Infinity }).data;
  return (
    <div role="status" className="rating-news" data-testid="rating-news">
      {news && (
        <p key={news.ratingId} className="notice notice--success rating-news__item">
          <span>{news.text}</span>
          <button type="button" className="button button--secondary" onClick={() => dismissRatingNews(queryClient, providerId)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
