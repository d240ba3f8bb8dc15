package com.medondoor.live;

import java.util.UUID;

import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.rating.PublicRating;
import com.medondoor.rating.RatingSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event as the feed hands it to every open stream. Each kind of stream shows it as its own frame, whole
 * or without the booking's private details, as each stream's audience decides ({@code job.PrivateDetails});
 * each of those frames is encoded once, by the first stream that takes it, and the others write the same
 * bytes: a job's frame without details is shared by every provider of its type, a whole one only by
 * those who may see it whole. The feed hands out one event at a time, from one thread.
 */
final class LiveEvent {

    /**
     * What a stream shows: jobs to providers, a patient's own bookings, or the caller's own account. Each
     * renders an event for its audience from the event's booking ({@link BookingEvent}), live and in a
     * replay alike; the account stream takes no booking event ({@link AccountWatch} feeds it).
     */
    enum Kind {

        /**
         * To every provider who sees the job: {@code job.available}, or {@code job.removed} once claimed,
         * cancelled or expired. To the visit's provider instead: {@code job.updated} for each change of
         * their visit, {@code job.withdrawn} when a change takes it from them, and {@code job.rated} when
         * its patient rates it.
         */
        JOBS {
            @Override
            Frame encode(BookingEvent event, boolean whole, boolean own, JsonMapper json) {
                if (own && event.rated() != null) {
                    return Frame.event(event.id(), "job.rated", json.writeValueAsString(RatedJob.of(event, whole)));
                }
                if (own) {
                    return event.formerProvider() != null
                            ? Frame.event(event.id(), "job.withdrawn", json.writeValueAsString(Withdrawal.of(event)))
                            : Frame.event(event.id(), "job.updated", booking(event, whole, json));
                }
                return switch (event.status()) {
                    case PENDING -> Frame.event(event.id(), "job.available", booking(event, whole, json));
                    case ACCEPTED -> Frame.event(event.id(), "job.removed", removal(event, "CLAIMED"));
                    case CANCELLED -> Frame.event(event.id(), "job.removed", removal(event, "CANCELLED"));
                    case EXPIRED -> Frame.event(event.id(), "job.removed", removal(event, "EXPIRED"));
                    case EN_ROUTE, IN_PROGRESS, COMPLETED ->
                            throw new IllegalStateException("a visit's progress goes to its provider only");
                };
            }
        },

        BOOKINGS {
            @Override
            Frame encode(BookingEvent event, boolean whole, boolean own, JsonMapper json) {
                return Frame.event(event.id(), "booking.updated", booking(event, whole, json));
            }
        },

        ACCOUNT {
            @Override
            Frame encode(BookingEvent event, boolean whole, boolean own, JsonMapper json) {
                throw new IllegalStateException("the account stream shows no booking event");
            }
        };

        /**
         * The event's frame on this kind of stream, with the booking whole or without its private details,
         * to the visit's own provider or anyone else; for a replay, where no other stream shares it.
         */
        abstract Frame encode(BookingEvent event, boolean whole, boolean own, JsonMapper json);

        private static String booking(BookingEvent event, boolean whole, JsonMapper json) {
            return json.writeValueAsString(whole ? event.booking() : event.booking().withoutPrivateDetails());
        }

        /** Built by hand: an id and a constant need no escaping. */
        private static String removal(BookingEvent event, String reason) {
            return "{\"id\":\"" + event.booking().id() + "\",\"reason\":\"" + reason + "\"}";
        }
    }

    /**
     * What the provider a change took the visit from is told: which visit, its status now, why, and the
     * words given (the patient's, when they cancelled).
     */
    record Withdrawal(UUID id, BookingStatus status, String reason, String note) {

        static Withdrawal of(BookingEvent event) {
            BookingView booking = event.booking();
            return new Withdrawal(booking.id(), booking.status(), booking.statusReason(), booking.statusNote());
        }
    }

    /**
     * What the provider is told when the patient rates their visit: the visit as they may see it, now with
     * its rating; the rating as their ratings page lists it (no patient there); and their summary now.
     */
    record RatedJob(BookingView job, PublicRating rating, RatingSummary summary) {

        static RatedJob of(BookingEvent event, boolean whole) {
            BookingView booking = event.booking();
            BookingView.Rating rating = booking.rating();
            return new RatedJob(whole ? booking : booking.withoutPrivateDetails(),
                    new PublicRating(event.rated().ratingId(), rating.stars(), rating.review(), rating.createdAt()),
                    event.rated().summary());
        }
    }

    private final BookingEvent event;
    private final JsonMapper json;
    /** Per kind, the frame without private details and the whole one, each to anyone and to the visit's provider. */
    private final Frame[] frames = new Frame[Kind.values().length * 4];

    LiveEvent(BookingEvent event, JsonMapper json) {
        this.event = event;
        this.json = json;
    }

    BookingEvent event() {
        return event;
    }

    long id() {
        return event.id();
    }

    /** This event's frame on streams of {@code kind}, encoded the first time it is asked for. */
    Frame frame(Kind kind, boolean whole, boolean own) {
        int slot = kind.ordinal() * 4 + (whole ? 2 : 0) + (own ? 1 : 0);
        Frame frame = frames[slot];
        if (frame == null) {
            frame = kind.encode(event, whole, own, json);
            frames[slot] = frame;
        }
        return frame;
    }
}
