package com.medondoor.live;

import java.util.List;

import com.medondoor.account.CurrentUser;
import com.medondoor.live.AccountFollowers.Due;
import com.medondoor.live.LiveEvent.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One account that open streams of this replica follow: its owner's account streams and, for a provider,
 * their job streams. Whatever may have changed it asks for a read ({@link #changed()}); reads run one at a
 * time, each begun after the one before has answered, and those asked for meanwhile are made once, after
 * it. So each read reflects every change notified before it began, and the account's frames go out in the
 * order they were read, the newest last.
 *
 * <p>A stream that joins is served by the first read begun after it joined ({@link #check()}), which can
 * therefore miss no change committed before: an account stream starts with that read's frame, a job
 * stream is checked by it. The other account streams are sent that frame only if a change was announced
 * before the read began and it is not the one they were sent last: a second tab opening does not send
 * the first the account again, nor does one change read twice.
 */
final class FollowedAccount {

    private static final Logger log = LoggerFactory.getLogger(FollowedAccount.class);

    private final CurrentUser account;
    private final AccountReads reads;
    // Guarded by this.
    private final AccountFollowers followers = new AccountFollowers();
    private boolean reading;
    private boolean again;
    private String status;

    FollowedAccount(CurrentUser account, AccountReads reads) {
        this.account = account;
        this.reads = reads;
    }

    /** Follows the account with this stream too; it is served by the next read ({@link #check()}). */
    synchronized void add(LiveStream stream) {
        followers.add(stream);
    }

    /** Whether no stream follows the account any more. */
    synchronized boolean remove(LiveStream stream) {
        return followers.remove(stream);
    }

    /** The status the latest read found, or null when there is none to trust (none yet, or it failed). */
    synchronized String status() {
        return status;
    }

    /** The account may have changed: a read for every stream, now or once the read under way has answered. */
    void changed() {
        ask(true);
    }

    /**
     * A read for the streams that joined since the last one began, which announces a change only if one
     * is still due (a read that failed).
     */
    void check() {
        ask(false);
    }

    private void ask(boolean change) {
        synchronized (this) {
            if (change) {
                followers.announce();
            }
            if (reading) {
                again = true;
                return;
            }
            reading = true;
        }
        read();
    }

    private void read() {
        Due due;
        synchronized (this) {
            due = followers.next();
        }
        reads.status(account.id())
                .flatMap(found -> (needsView(found, due) ? reads.update(account) : Mono.<Frame>empty())
                        .map(frame -> new Read(found, frame))
                        .defaultIfEmpty(new Read(found, null)))
                .subscribe(read -> answered(read, due), failure -> {
                    failed(failure, due);
                    next();
                }, this::next);
    }

    private static boolean needsView(String status, Due due) {
        boolean ends = AccountWatch.endsJobStream(status);
        return due.served().anyMatch(stream -> stream.kind() == Kind.ACCOUNT || ends && stream.kind() == Kind.JOBS);
    }

    /**
     * An account stream starts with the frame, or is sent it unless it was the last one sent to it; a job
     * stream of a provider who may no longer have one ends with it.
     */
    private void answered(Read read, Due due) {
        List<LiveStream> sendTo;
        synchronized (this) {
            status = read.status();
            sendTo = due.served().filter(stream -> stream.kind() == Kind.ACCOUNT && followers.sent(stream, read.frame()))
                    .toList();
        }
        boolean ends = AccountWatch.endsJobStream(read.status());
        due.served().forEach(stream -> {
            if (stream.kind() == Kind.JOBS && ends) {
                stream.end(read.frame());
            }
            else if (sendTo.contains(stream) && due.fresh().contains(stream)) {
                stream.start(List.of(read.frame()), Reflected.upTo(Frame.NO_ID));
            }
            else if (sendTo.contains(stream)) {
                stream.push(read.frame());
            }
        });
    }

    private void failed(Throwable failure, Due due) {
        log.warn("Could not read account {}: {}", account.id(), failure.toString());
        synchronized (this) {
            status = null;
            followers.retry(due);
        }
        due.fresh().stream().filter(stream -> stream.kind() == Kind.ACCOUNT).forEach(stream -> stream.fail(failure));
    }

    private void next() {
        synchronized (this) {
            if (!again) {
                reading = false;
                return;
            }
            again = false;
        }
        read();
    }

    /** What a read found: the status, and the account's frame when some stream needs it. */
    private record Read(String status, Frame frame) {
    }
}
