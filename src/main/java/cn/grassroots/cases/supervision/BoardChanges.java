package cn.grassroots.cases.supervision;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes of the overdue board's tables made on this node, each once its transaction has ended: a count of
 * the board taken before a change is known to be old, and a count taken while the change was uncommitted is not kept
 * for longer than that change's end. Changes made on another node are not seen here (the counts' age bounds them).
 */
@Component
class BoardChanges {

    private final AtomicLong generation = new AtomicLong();

    /** How many changes have ended so far. */
    long generation() {
        return generation.get();
    }

    /** The board's tables were written in the current transaction (counted once per transaction, when it ends). */
    void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            generation.incrementAndGet();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(BoardChanges.this);
                generation.incrementAndGet();
            }
        });
    }
}
